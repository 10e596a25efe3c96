"""Hyperparameter search (book §6.5): random search on log scales over learning rate and weight decay, scored on
validation data, run on every core. ``python -m model.experiments.hyperparameter_search --help`` runs it headless.

Modules: ``space`` (ranges, rounds, drawing trials), ``trial`` (one trial, run in a worker), ``config``,
``records`` (finished trials, snapshots, CSV), ``search`` (the coordinator experiment), ``__main__`` (command line).
"""
from model.experiments.hyperparameter_search.config import (EARLY_STOP_RULES, HALVING_RATE, SearchConfig,
                                                            halving_rungs)
from model.experiments.hyperparameter_search.records import (CANCELLED, CSV_COLUMNS, DIVERGED, FAILED, OK, STOPPED,
                                                             SearchSnapshot, TrialRecord, write_csv)
from model.experiments.hyperparameter_search.search import HyperparameterSearch, search_data, split_indices
from model.experiments.hyperparameter_search.space import (BOOK_LR_LOG10, BOOK_WD_LOG10, Round, TrialSpec,
                                                           draw_trials)
from model.experiments.hyperparameter_search.trial import (SearchData, TrialResult, TrialSettings, TrialState,
                                                           run_trial)

__all__ = ["SearchConfig", "EARLY_STOP_RULES", "HALVING_RATE", "halving_rungs", "TrialState", "SearchSnapshot",
           "TrialRecord", "write_csv", "CSV_COLUMNS",
           "OK", "STOPPED", "DIVERGED", "FAILED", "CANCELLED", "HyperparameterSearch", "search_data",
           "split_indices", "BOOK_LR_LOG10", "BOOK_WD_LOG10", "Round", "TrialSpec", "draw_trials", "SearchData",
           "TrialResult", "TrialSettings", "run_trial"]

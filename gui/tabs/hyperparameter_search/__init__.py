"""The hyperparameter search lab (book §6.5): tab, controls, and one module per view."""
from gui.tabs.hyperparameter_search.tab import HyperparameterSearchTab

__all__ = ["HyperparameterSearchTab"]

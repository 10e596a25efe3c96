"""The race as a table: one row per step, x, y and loss of every optimizer (empty cells after a run ended)."""
from __future__ import annotations

import csv


def write_race_csv(fh, snapshot) -> None:
    """Write ``snapshot`` (a ``RaceSnapshot``) to the open text file ``fh``; numbers as ``repr`` (round-trip)."""
    writer = csv.writer(fh)
    header = ["step"]
    for run in snapshot.runs:
        header += [f"{run.name}_x", f"{run.name}_y", f"{run.name}_loss"]
    writer.writerow(header)
    n = max(len(run.path) for run in snapshot.runs)
    for k in range(n):
        row: list = [k]
        for run in snapshot.runs:
            if k < len(run.path):
                row += [repr(float(run.path[k, 0])), repr(float(run.path[k, 1])), repr(float(run.losses[k]))]
            else:
                row += ["", "", ""]
        writer.writerow(row)

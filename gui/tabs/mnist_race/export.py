"""The MNIST race as a table in long format: one row per optimizer and iteration."""
from __future__ import annotations

import csv


def write_mnist_race_csv(fh, snapshot) -> None:
    """Write ``snapshot`` to the open text file ``fh``: the mini-batch loss and its smoothed value, and the
    accuracies at the iterations where they were measured (iteration 0 is the untrained network)."""
    writer = csv.writer(fh)
    writer.writerow(["optimizer", "iteration", "loss", "smoothed", "train_acc", "test_acc"])
    for run in snapshot.runs:
        evals = {int(s): (float(a), float(b)) for s, a, b in zip(run.eval_steps, run.train_acc, run.test_acc)}
        steps = sorted(set(range(1, len(run.losses) + 1)) | set(evals))
        for k in steps:
            row: list = [run.name, k]
            if 1 <= k <= len(run.losses):
                row += [repr(float(run.losses[k - 1])), repr(float(run.smoothed[k - 1]))]
            else:
                row += ["", ""]
            row += [repr(v) for v in evals[k]] if k in evals else ["", ""]
            writer.writerow(row)

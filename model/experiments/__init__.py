"""One experiment per lab. Each satisfies :class:`model.experiments.base.Experiment`."""

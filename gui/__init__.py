"""Descent's window: widgets bound to the experiments of ``model``. No learning math lives here."""

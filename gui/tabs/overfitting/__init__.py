"""The overfitting lab (book §6.4): the tab and its views, one module each."""
from gui.tabs.overfitting.tab import OverfittingTab

__all__ = ["OverfittingTab"]

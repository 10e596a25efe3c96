"""What each concept-naming control means: one registry, shown as tooltip, on F1 and in "What's this?" mode.

``explain(widget, "adam.beta2")`` gives a control its explanation: the tooltip and the What's-this text are set from
:func:`entries` in the user's language and set again on a language change. ``explain_choices(combo, {...})`` does
the same for each item of a combo box (the box shows the chosen item's explanation). The F1 key and the What's-this
mode live in ``gui.help``; :func:`explained_key` finds the explanation of a focused or clicked control (or of its
nearest explained parent).

A tooltip set on an explained widget afterwards (a lab's ``retranslate`` saying how to use the control and what the
book chose, e.g. "the book: 0.1") does not replace the explanation: it is kept as the widget's *usage note* and shown
under it, in tooltip and What's this alike (:func:`usage_note`).

Each entry is (title, what it means and what to expect, book section or ""). Sections refer to *Deep Learning from
Scratch* (Korean edition: 밑바닥부터 시작하는 딥러닝). The strings are Qt source strings of the "Explain" context.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QComboBox, QWidget

KEY_PROPERTY = "descent_explain"
NOTE_PROPERTY = "descent_explain_note"
"""The usage note: a tooltip that was set on the widget after its explanation (plain text)."""
SHOWN_PROPERTY = "descent_explain_shown"
"""The rich text this module last set as the widget's tooltip (to tell it from a tooltip set by someone else)."""



@dataclass(frozen=True)
class Explanation:
    """One concept, translated: a title, what it means and what to expect, and the book section."""

    key: str
    title: str
    text: str
    section: str

    def html(self) -> str:
        """Rich text for tooltips and What's-this popups (Qt wraps rich-text tooltips)."""
        book = ""
        if self.section:
            book = "<br><i>" + QCoreApplication.translate("Explain", "Book §%1").replace("%1", self.section) + "</i>"
        return f"<p><b>{_esc(self.title)}</b><br>{_esc(self.text)}{book}</p>"


def _set(widget: QObject, name: str, value) -> None:
    QObject.setProperty(widget, name, value)  # pyqtgraph's SpinBox overrides setProperty for its options


def _get(widget: QObject, name: str):
    return QObject.property(widget, name)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _optimizers() -> dict[str, tuple[str, str, str]]:
    return {
        "lr": (QT_TRANSLATE_NOOP("Explain", "Learning rate η"), QT_TRANSLATE_NOOP(
            "Explain",
            "How far each step moves against the gradient: W ← W − η ∂L/∂W. Too small: slow progress. "
            "Too large: the path overshoots, zig-zags or diverges (the loss becomes NaN). Drag the slider or "
            "type a value."), "6.1.2"),
        "SGD": (QT_TRANSLATE_NOOP("Explain", "SGD (stochastic gradient descent)"), QT_TRANSLATE_NOOP(
            "Explain",
            "Steps straight down the current gradient. On x²/20 + y² the gradient points across the narrow "
            "valley, not at the minimum, so SGD zig-zags."), "6.1.2"),
        "Momentum": (QT_TRANSLATE_NOOP("Explain", "Momentum"), QT_TRANSLATE_NOOP(
            "Explain",
            "v ← αv − η∇L, W ← W + v. The velocity v gathers past gradients like a ball rolling downhill: "
            "the zig-zag cancels out and the steady direction speeds up."), "6.1.4"),
        "Nesterov": (QT_TRANSLATE_NOOP("Explain", "Nesterov momentum"), QT_TRANSLATE_NOOP(
            "Explain",
            "Momentum that looks ahead: the gradient is taken where the velocity is about to carry the "
            "weights. It brakes before overshooting, so it swings less than plain Momentum."), "6.1.4"),
        "AdaGrad": (QT_TRANSLATE_NOOP("Explain", "AdaGrad"), QT_TRANSLATE_NOOP(
            "Explain",
            "h ← h + (∇L)², W ← W − η∇L/√h. Each parameter's step shrinks as its squared gradients add up: "
            "big steps early, small ones later. h only grows, so learning can almost stop."), "6.1.5"),
        "RMSprop": (QT_TRANSLATE_NOOP("Explain", "RMSprop"), QT_TRANSLATE_NOOP(
            "Explain",
            "Like AdaGrad, but h is a moving average of squared gradients that forgets old ones, so the steps "
            "do not shrink to nothing."), "6.1.5"),
        "Adam": (QT_TRANSLATE_NOOP("Explain", "Adam"), QT_TRANSLATE_NOOP(
            "Explain",
            "Momentum (an average of gradients, β₁) plus RMSprop's scaling (an average of squared gradients, "
            "β₂), corrected for their start at zero. A good first choice; its path swings like a bowl-rolling "
            "ball but settles."), "6.1.6"),
        "momentum": (QT_TRANSLATE_NOOP("Explain", "momentum α"), QT_TRANSLATE_NOOP(
            "Explain",
            "How much of the previous velocity is kept at each step. 0.9 keeps 90%: the velocity averages "
            "about the last 10 gradients (1/(1 − α)). Closer to 1: faster along long valleys, but more "
            "overshoot."), "6.1.4"),
        "decay_rate": (QT_TRANSLATE_NOOP("Explain", "decay rate ρ"), QT_TRANSLATE_NOOP(
            "Explain",
            "h ← ρh + (1 − ρ)(∇L)². How long RMSprop remembers squared gradients: 0.99 is about the last "
            "100 steps. Smaller: adapts faster, but the steps get noisier."), "6.1.5"),
        "beta1": (QT_TRANSLATE_NOOP("Explain", "β₁ (beta1)"), QT_TRANSLATE_NOOP(
            "Explain",
            "How long Adam remembers gradients (its momentum): 0.9 is about the last 10 steps. Larger: a "
            "smoother path that overshoots more."), "6.1.6"),
        "beta2": (QT_TRANSLATE_NOOP("Explain", "β₂ (beta2)"), QT_TRANSLATE_NOOP(
            "Explain",
            "How long Adam remembers squared gradients, which set each parameter's step size: 0.999 is about "
            "the last 1,000 steps. Smaller: adapts faster to changing gradients, but noisier."), "6.1.6"),
        "epsilon": (QT_TRANSLATE_NOOP("Explain", "ε (epsilon)"), QT_TRANSLATE_NOOP(
            "Explain",
            "A tiny number (about 1e-7) added to √h so that no step divides by zero. It hardly ever "
            "matters."), "6.1.5"),
    }


def _surfaces() -> dict[str, tuple[str, str, str]]:
    return {
        "surface.book": (QT_TRANSLATE_NOOP("Explain", "f(x, y) = x²/20 + y²"), QT_TRANSLATE_NOOP(
            "Explain",
            "The book's surface: a long valley, 20 times steeper in y than in x, minimum at (0, 0). The "
            "gradient points mostly across the valley: SGD zig-zags, Momentum, AdaGrad and Adam go along "
            "it."), "6.1.3"),
        "surface.rosenbrock": (QT_TRANSLATE_NOOP("Explain", "Rosenbrock"), QT_TRANSLATE_NOOP(
            "Explain",
            "A curved, banana-shaped valley with its minimum at (1, 1). Reaching the valley is easy; "
            "following its bend to the minimum is slow for every method. A classic test, not in the book."),
            ""),
        "surface.beale": (QT_TRANSLATE_NOOP("Explain", "Beale"), QT_TRANSLATE_NOOP(
            "Explain",
            "Flat plateaus and steep walls, minimum at (3, 0.5): gradients differ by orders of magnitude, "
            "where adaptive methods (AdaGrad, RMSprop, Adam) help. A classic test, not in the book."), ""),
        "surface.himmelblau": (QT_TRANSLATE_NOOP("Explain", "Himmelblau"), QT_TRANSLATE_NOOP(
            "Explain",
            "Four minima of the same height. Which one an optimizer reaches depends on the start point and "
            "on its momentum. A classic test, not in the book."), ""),
        "surface.saddle": (QT_TRANSLATE_NOOP("Explain", "Saddle point"), QT_TRANSLATE_NOOP(
            "Explain",
            "Downhill one way, uphill the other. At the saddle the gradient is zero: a start on the ridge "
            "stalls, a small offset escapes. Saddle points, more than local minima, slow down deep "
            "networks."), "6.1.3"),
        "surface.custom": (QT_TRANSLATE_NOOP("Explain", "Your formula"), QT_TRANSLATE_NOOP(
            "Explain",
            "Type any f(x, y) and race the optimizers on it, e.g. sin(x)*y + x**2/10."), ""),
        "start": (QT_TRANSLATE_NOOP("Explain", "Start point"), QT_TRANSLATE_NOOP(
            "Explain",
            "Where every optimizer begins. Click the map or drag the cross. The book starts at (−7, 2)."),
            "6.1.7"),
        "max_steps": (QT_TRANSLATE_NOOP("Explain", "Steps"), QT_TRANSLATE_NOOP(
            "Explain",
            "How many updates each optimizer makes. The book's figure 6-8 shows 30."), "6.1.7"),
    }


def _networks() -> dict[str, tuple[str, str, str]]:
    return {
        "activation.sigmoid": (QT_TRANSLATE_NOOP("Explain", "Sigmoid"), QT_TRANSLATE_NOOP(
            "Explain",
            "σ(x) = 1/(1 + e^−x), between 0 and 1. Its slope is at most 0.25 and almost 0 far from the "
            "middle: badly initialised, the activations pile up at 0 and 1 and the gradients vanish."),
            "6.2.2"),
        "activation.tanh": (QT_TRANSLATE_NOOP("Explain", "tanh"), QT_TRANSLATE_NOOP(
            "Explain",
            "Between −1 and 1 and symmetric about 0, which suits Xavier initialisation better than the "
            "sigmoid does."), "6.2.2"),
        "activation.relu": (QT_TRANSLATE_NOOP("Explain", "ReLU"), QT_TRANSLATE_NOOP(
            "Explain",
            "max(0, x): positive inputs pass unchanged, negative ones become 0. Use He initialisation, "
            "because ReLU drops half of the signal."), "6.2.3"),
        "init.std": (QT_TRANSLATE_NOOP("Explain", "Weight standard deviation"), QT_TRANSLATE_NOOP(
            "Explain",
            "The spread of the initial weights. Watch the histograms: too small and every layer outputs "
            "nearly the same value; too large and sigmoid activations stick at 0 and 1 (vanishing "
            "gradients)."), "6.2.2"),
        "init.0.01": (QT_TRANSLATE_NOOP("Explain", "std 0.01"), QT_TRANSLATE_NOOP(
            "Explain",
            "Weights from a Gaussian with standard deviation 0.01. The signal shrinks layer after layer: "
            "activations crowd in the middle, the neurons all say the same, and learning hardly moves."),
            "6.2.2"),
        "init.xavier": (QT_TRANSLATE_NOOP("Explain", "Xavier initialisation"), QT_TRANSLATE_NOOP(
            "Explain",
            "Standard deviation 1/√n, n = number of inputs of the layer. Keeps the spread of activations "
            "about the same from layer to layer for sigmoid and tanh."), "6.2.2"),
        "init.he": (QT_TRANSLATE_NOOP("Explain", "He initialisation"), QT_TRANSLATE_NOOP(
            "Explain",
            "Standard deviation √(2/n): twice Xavier's variance, which ReLU needs because it zeroes half "
            "its inputs. Activations keep their spread through deep ReLU networks."), "6.2.3"),
        "weight_scale": (QT_TRANSLATE_NOOP("Explain", "Weight scale"), QT_TRANSLATE_NOOP(
            "Explain",
            "The standard deviation of the initial weights. Figure 6-19 tries 16 scales from 1 down to "
            "0.0001: without batch normalisation only a narrow band learns; with it, nearly all do."),
            "6.3.2"),
        "batchnorm": (QT_TRANSLATE_NOOP("Explain", "Batch normalisation"), QT_TRANSLATE_NOOP(
            "Explain",
            "Normalises each layer's inputs over the mini-batch to mean 0 and variance 1, then scales by γ "
            "and shifts by β. Learning gets faster, depends less on the initial weights, and overfits "
            "less."), "6.3.1"),
        "batch_size": (QT_TRANSLATE_NOOP("Explain", "Mini-batch size"), QT_TRANSLATE_NOOP(
            "Explain",
            "How many training images each gradient step averages over. Larger: smoother steps but fewer "
            "per epoch; smaller: noisier but more. The book uses 100 (128 in figure 6-9)."), "4.2.3"),
        "hidden_layers": (QT_TRANSLATE_NOOP("Explain", "Hidden layers"), QT_TRANSLATE_NOOP(
            "Explain",
            "The layers between input and output, and how many neurons each has. Deeper networks can learn "
            "more, and make initialisation and normalisation matter more."), "6.2"),
        "seed": (QT_TRANSLATE_NOOP("Explain", "Random seed"), QT_TRANSLATE_NOOP(
            "Explain",
            "The same seed gives the same initial weights and the same order of mini-batches, so a run can "
            "be repeated and methods compared fairly. Change it to see how much is luck."), ""),
        "train_size": (QT_TRANSLATE_NOOP("Explain", "Training images"), QT_TRANSLATE_NOOP(
            "Explain",
            "How many MNIST images the network learns from. Fewer images: faster runs, and more room for "
            "overfitting."), "6.4.1"),
        "epochs": (QT_TRANSLATE_NOOP("Explain", "Epoch"), QT_TRANSLATE_NOOP(
            "Explain",
            "One pass over all the training images; with N images and mini-batches of B, an epoch is N/B "
            "steps."), "4.5.2"),
    }


def _regularisation() -> dict[str, tuple[str, str, str]]:
    return {
        "overfitting": (QT_TRANSLATE_NOOP("Explain", "Overfitting"), QT_TRANSLATE_NOOP(
            "Explain",
            "The network fits its training data (accuracy near 100%) but not new data: the gap between "
            "training and test accuracy. Many parameters and few training images cause it."), "6.4.1"),
        "weight_decay": (QT_TRANSLATE_NOOP("Explain", "Weight decay λ"), QT_TRANSLATE_NOOP(
            "Explain",
            "Adds ½λ‖W‖² to the loss, so every step also pulls the weights towards 0 (λW is added to the "
            "gradient). Overfitting uses large weights; the book uses λ = 0.1. Too large: the network "
            "underfits."), "6.4.2"),
        "dropout": (QT_TRANSLATE_NOOP("Explain", "Dropout ratio"), QT_TRANSLATE_NOOP(
            "Explain",
            "While training, each hidden neuron is switched off at random with this probability; when "
            "testing, all are used and their outputs scaled by (1 − ratio). Like training many networks at "
            "once. The book uses 0.2; 0.5 slows learning more."), "6.4.3"),
        "validation": (QT_TRANSLATE_NOOP("Explain", "Validation data"), QT_TRANSLATE_NOOP(
            "Explain",
            "Part of the training data held back to choose hyperparameters. The test data are used once, at "
            "the end: tuning on them would overfit to them. The book holds back 20%."), "6.5.1"),
        "search.log_uniform": (QT_TRANSLATE_NOOP("Explain", "Log-uniform search"), QT_TRANSLATE_NOOP(
            "Explain",
            "Each trial draws a value 10^u with u uniform, e.g. learning rate 10⁻⁶ to 10⁻² and weight decay "
            "10⁻⁸ to 10⁻⁴, so every power of ten gets as many trials. Then narrow the range around the best "
            "and search again."), "6.5.3"),
        "search.trials": (QT_TRANSLATE_NOOP("Explain", "Trials"), QT_TRANSLATE_NOOP(
            "Explain",
            "How many random settings are tried, each trained briefly (the book: 100 trials of 50 epochs on "
            "500 images). Random search beats a grid when only a few hyperparameters matter."), "6.5.3"),
    }


def entries() -> dict[str, tuple[str, str, str]]:
    """Every explanation: key → (title, text, book section), as untranslated source strings."""
    return {**_optimizers(), **_surfaces(), **_networks(), **_regularisation()}


def explanation(key: str) -> Explanation:
    """The explanation of ``key`` in the current language. KeyError for an unknown key."""
    title, text, section = entries()[key]
    return Explanation(key, QCoreApplication.translate("Explain", title),
                       QCoreApplication.translate("Explain", text), section)


class _Retranslate(QObject):
    """Sets a widget's explanation again when the language changes, and keeps a tooltip set by someone else as
    the usage note under the explanation."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, QWidget):
            return False
        if event.type() == QEvent.Type.LanguageChange:
            _apply(watched)
        elif event.type() == QEvent.Type.ToolTipChange and watched.toolTip() != (_get(watched, SHOWN_PROPERTY) or ""):
            _set(watched, NOTE_PROPERTY, watched.toolTip())
            _apply(watched)  # sets the tooltip again: this time it is ours, and the filter lets it be
        return False


def usage_note(widget: QWidget) -> str:
    """The usage note shown under ``widget``'s explanation ("" if none)."""
    return str(_get(widget, NOTE_PROPERTY) or "")


def _with_note(html: str, note: str) -> str:
    return html + f"<p>{_esc(note)}</p>" if note else html


def _apply(widget: QWidget) -> None:
    key = _get(widget, KEY_PROPERTY)
    if isinstance(widget, QComboBox) and _get(widget, KEY_PROPERTY + "_items"):
        keys = _get(widget, KEY_PROPERTY + "_items")
        for i in range(widget.count()):
            item_key = keys.get(str(widget.itemData(i)))
            if item_key:
                widget.setItemData(i, explanation(item_key).html(), Qt.ItemDataRole.ToolTipRole)
        key = keys.get(str(widget.currentData())) or key
    if key:
        html = _with_note(explanation(key).html(), usage_note(widget))
    elif _get(widget, SHOWN_PROPERTY):  # a combo box moved to an item without explanation: its note alone
        html = usage_note(widget)
    else:
        return
    _set(widget, SHOWN_PROPERTY, html)
    widget.setToolTip(html)
    widget.setWhatsThis(html)


def _keep_tooltip_as_note(widget: QWidget) -> None:
    """A tooltip set before the explanation stays, as the usage note."""
    if widget.toolTip() and widget.toolTip() != _get(widget, SHOWN_PROPERTY):
        _set(widget, NOTE_PROPERTY, widget.toolTip())


def _watch(widget: QWidget) -> None:
    if _get(widget, KEY_PROPERTY + "_watched"):
        return
    _set(widget, KEY_PROPERTY + "_watched", True)
    widget.installEventFilter(_Retranslate(widget))


def explain(widget: QWidget, key: str) -> QWidget:
    """Give ``widget`` the explanation ``key`` (tooltip, What's this, F1), kept in the user's language."""
    entries()[key]  # an unknown key is a programming error: fail at once
    _keep_tooltip_as_note(widget)
    _set(widget, KEY_PROPERTY, key)
    _apply(widget)
    _watch(widget)
    return widget


def explain_choices(combo: QComboBox, keys: dict, general: str | None = None) -> QComboBox:
    """Explain each item of ``combo`` (item data → key); the box itself shows the chosen item's explanation."""
    for key in keys.values():
        entries()[key]
    _keep_tooltip_as_note(combo)
    _set(combo, KEY_PROPERTY + "_items", {str(k): v for k, v in keys.items()})
    _set(combo, KEY_PROPERTY, general or "")
    _apply(combo)
    _watch(combo)
    combo.currentIndexChanged.connect(lambda _i, c=combo: _apply(c))
    return combo


def explained_key(widget: QWidget | None) -> str | None:
    """The explanation key of ``widget`` or of its nearest explained parent (for F1 on a focused control)."""
    while widget is not None:
        key = _get(widget, KEY_PROPERTY)
        if isinstance(widget, QComboBox) and _get(widget, KEY_PROPERTY + "_items"):
            key = _get(widget, KEY_PROPERTY + "_items").get(str(widget.currentData())) or key
        if key:
            return str(key)
        widget = widget.parentWidget()
    return None

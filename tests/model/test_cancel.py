"""A long step can be stopped between two layers (model/cancel.py), and only by its own thread's scope."""
import threading

import numpy as np
import pytest

from model.cancel import Cancelled, cancel_scope, check_cancelled
from model.network import MultiLayerNet


def small_net():
    return MultiLayerNet(6, [5, 5, 5], 3, weight_init_std="he", rng=np.random.default_rng(0))


def test_gradient_is_interrupted_between_layers(rng):
    net = small_net()
    x, t = rng.standard_normal((4, 6)).astype(np.float32), np.array([0, 1, 2, 0])
    checks = []

    def stop_after_three():
        checks.append(1)
        return len(checks) > 3

    with cancel_scope(stop_after_three):
        with pytest.raises(Cancelled):
            net.gradient(x, t)
    assert len(checks) == 4  # the fourth layer boundary stopped it: Affine1, Relu1, Affine2 had run


def test_no_scope_or_a_false_scope_never_cancels(rng):
    net = small_net()
    x, t = rng.standard_normal((4, 6)).astype(np.float32), np.array([0, 1, 2, 0])
    plain = {k: v.copy() for k, v in net.gradient(x, t).items()}
    with cancel_scope(lambda: False):
        scoped = net.gradient(x, t)
    for key in plain:
        assert np.array_equal(plain[key], scoped[key])
    check_cancelled()  # outside any scope: nothing happens


def test_scope_belongs_to_its_thread():
    raised = []

    def other():
        try:
            check_cancelled()
        except Cancelled:
            raised.append(True)

    with cancel_scope(lambda: True):
        thread = threading.Thread(target=other)
        thread.start()
        thread.join()
        with pytest.raises(Cancelled):
            check_cancelled()
    assert raised == []
    check_cancelled()  # the scope ended with the block

"""Generate resources/lectures/chapter6_{en,ko}.json from the labs' book presets.

    python tools/make_lectures.py

Each scene is built through the lab itself (its book preset), so the file matches what the tab reads back."""
import sys
from pathlib import Path
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from model.files import atomic_write  # noqa: E402
from model.scenes import Scene, Lecture, config_to_dict, dump_lecture
from model.experiments.race import book_figure_6_8
from model.experiments.mnist_race import book_figure_6_9
from model.experiments.weight_init import BOOK_PRESETS
from model.experiments.init_compare import book_figure_6_15
from model.experiments.batchnorm.config import book_figure_6_19
from model.experiments.overfitting import PRESETS
from model.experiments.hyperparameter_search import SearchConfig

B = "bundled"
race = book_figure_6_8()
import os
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication
app = QApplication([])
from gui.tabs.race import RaceTab
_tab = RaceTab()
_tab.load_book_preset()
RACE_SCENE = _tab.scene()
_tab.shutdown()
init = config_to_dict(book_figure_6_15())

def wi(key, view):
    return {"histograms": config_to_dict(BOOK_PRESETS[key]), "training": init}, {"view": view, "data": B}

scenes = [
    ("race", RACE_SCENE.config, RACE_SCENE.view, "6-8",
     ("Figure 6-8: four optimizers on f(x, y) = x²/20 + y²",
      "From (−7, 2) at the book's learning rates: SGD zigzags across the narrow valley, Momentum rolls like a ball, AdaGrad slows as it learns, Adam goes straight in. Point at SGD's zigzag: the gradient does not point at the minimum."),
     ("그림 6-8: f(x, y) = x²/20 + y² 위의 네 옵티마이저",
      "(−7, 2)에서 책의 학습률로 출발합니다. SGD는 좁은 골짜기를 지그재그로 오가고, 모멘텀은 공처럼 구르고, AdaGrad는 갈수록 느려지며, Adam은 곧장 들어갑니다. SGD의 지그재그를 짚어 주세요: 기울기가 최솟값을 가리키지 않습니다.")),
    ("mnist_race", config_to_dict(book_figure_6_9()), {"data": B, "train_size": 0}, "6-9",
     ("Figure 6-9: the same optimizers on MNIST",
      "A 5-layer network on the bundled MNIST images, batch 128. SGD learns slowest; Momentum, AdaGrad and Adam are close, AdaGrad often a little ahead."),
     ("그림 6-9: MNIST에서 같은 옵티마이저 비교",
      "번들된 MNIST 이미지로 5층 신경망을 미니배치 128로 학습합니다. SGD가 가장 느리고, 모멘텀·AdaGrad·Adam은 비슷하며 AdaGrad가 조금 앞서곤 합니다.")),
    ("weight_init", *wi("fig6-10_sigmoid_std1", "histograms"), "6-10",
     ("Figure 6-10: sigmoid, weights with std 1",
      "The activations pile up at 0 and 1, where the sigmoid is flat: the gradients vanish (bottom row)."),
     ("그림 6-10: 시그모이드, 표준편차 1인 가중치",
      "활성화값이 시그모이드가 평평한 0과 1에 몰립니다. 아래 줄의 기울기가 사라지는 것(기울기 소실)을 보여 주세요.")),
    ("weight_init", *wi("fig6-11_sigmoid_std0.01", "histograms"), "6-11",
     ("Figure 6-11: sigmoid, std 0.01",
      "Every activation is near 0.5: the units all say the same thing, so many units are no better than one (limited expressiveness)."),
     ("그림 6-11: 시그모이드, 표준편차 0.01",
      "활성화값이 모두 0.5 근처에 모입니다. 뉴런이 모두 같은 값을 내므로 여러 개를 둔 의미가 없습니다(표현력 제한).")),
    ("weight_init", *wi("fig6-13_sigmoid_xavier", "histograms"), "6-13",
     ("Figure 6-13: sigmoid with the Xavier initial value",
      "std √(1/n): the activations stay spread out in every layer. Compare with the two figures before."),
     ("그림 6-13: 시그모이드와 Xavier 초깃값",
      "표준편차 √(1/n): 모든 층에서 활성화값이 고르게 퍼집니다. 앞의 두 그림과 비교해 보세요.")),
    ("weight_init", *wi("fig6-14_relu_std0.01", "histograms"), "6-14",
     ("Figure 6-14 (top): ReLU, std 0.01",
      "The activations shrink towards 0 layer by layer: the gradients will be tiny too."),
     ("그림 6-14 (위): ReLU, 표준편차 0.01",
      "층을 지날수록 활성화값이 0으로 줄어듭니다. 기울기도 아주 작아집니다.")),
    ("weight_init", *wi("fig6-14_relu_xavier", "histograms"), "6-14",
     ("Figure 6-14 (middle): ReLU with Xavier",
      "Xavier assumes a symmetric activation; with ReLU the spread still narrows with depth."),
     ("그림 6-14 (가운데): ReLU와 Xavier 초깃값",
      "Xavier 초깃값은 대칭인 활성화 함수를 가정합니다. ReLU에서는 층이 깊어질수록 분포가 좁아집니다.")),
    ("weight_init", *wi("fig6-14_relu_he", "histograms"), "6-14",
     ("Figure 6-14 (bottom): ReLU with He",
      "std √(2/n) makes up for the half ReLU cuts off: every layer looks the same."),
     ("그림 6-14 (아래): ReLU와 He 초깃값",
      "표준편차 √(2/n)이 ReLU가 잘라 내는 절반을 메워서, 모든 층의 분포가 같게 유지됩니다.")),
    ("weight_init", *wi("fig6-14_relu_he", "training"), "6-15",
     ("Figure 6-15: the three initial values trained on MNIST",
      "Press Space. With std 0.01 the loss does not move; He and Xavier learn, He fastest."),
     ("그림 6-15: MNIST에서 세 가지 가중치 초깃값 비교",
      "스페이스를 누르세요. 표준편차 0.01은 손실이 줄지 않고, He와 Xavier는 학습하며 He가 가장 빠릅니다.")),
    ("batchnorm", config_to_dict(book_figure_6_19()), {"data": B, "open_scale": None}, "6-18",
     ("Figures 6-18 and 6-19: with and without batch normalization",
      "16 weight scales from 1 to 0.0001. With batch normalization (solid) the network learns faster and at almost every scale; without it (dashed) many scales do not learn at all."),
     ("그림 6-18, 6-19: 배치 정규화를 쓸 때와 안 쓸 때",
      "가중치 초깃값의 표준편차를 1에서 0.0001까지 16가지로 바꿉니다. 배치 정규화(실선)를 쓰면 거의 모든 경우에 더 빨리 학습하고, 안 쓰면(점선) 전혀 학습하지 못하는 경우가 많습니다.")),
    ("overfitting", config_to_dict(PRESETS["fig6_20"]), {"data": B, "mistakes_of": "baseline"}, "6-20",
     ("Figure 6-20: overfitting",
      "300 training images, a 7-layer network, no regularization: training accuracy reaches 100 % while test accuracy stops far below."),
     ("그림 6-20: 오버피팅",
      "훈련 데이터 300장, 7층 신경망, 규제 없음: 훈련 데이터 정확도는 100%에 이르지만 시험 데이터 정확도는 한참 아래에서 멈춥니다.")),
    ("overfitting", config_to_dict(PRESETS["fig6_21"]), {"data": B, "mistakes_of": "regularized"}, "6-21",
     ("Figure 6-21: weight decay, λ = 0.1",
      "The gap between training and test accuracy narrows, and training accuracy no longer reaches 100 %. Show the smaller weight norms."),
     ("그림 6-21: 가중치 감소, λ = 0.1",
      "훈련과 시험 정확도의 차이가 줄고, 훈련 정확도가 100%에 이르지 않습니다. 작아진 가중치 노름도 보여 주세요.")),
    ("overfitting", config_to_dict(PRESETS["fig6_23"]), {"data": B, "mistakes_of": "regularized"}, "6-23",
     ("Figures 6-22 and 6-23: dropout, ratio 0.2",
      "Each update drops a random 20 % of the units (figure 6-22); the gap between training and test accuracy shrinks."),
     ("그림 6-22, 6-23: 드롭아웃, 비율 0.2",
      "갱신할 때마다 뉴런의 20%를 무작위로 뺍니다(그림 6-22). 훈련과 시험 정확도의 차이가 줄어듭니다.")),
    ("hyperparameter_search", config_to_dict(SearchConfig()), {"data": B}, "6-24",
     ("Figure 6-24: random search for the learning rate and weight decay",
      "Trials sampled on a log scale and judged on validation data, never the test data. The good ones gather in a band of learning rates; drag a box around it to narrow the search."),
     ("그림 6-24: 학습률과 가중치 감소 계수의 무작위 탐색",
      "로그 스케일로 뽑은 값을 검증 데이터로 평가합니다(시험 데이터는 쓰지 않습니다). 좋은 결과가 특정 학습률 범위에 모입니다. 그 범위를 끌어서 탐색을 좁혀 보세요.")),
    ("hyperparameter_search", config_to_dict(SearchConfig(early_stop="halving")), {"data": B}, "6-24",
     ("The same search with successive halving",
      "Every trial trains 6 epochs; the best third goes on to 17, the best third of those to 50. About a quarter of the epochs, the same best trial: hopeless learning rates are stopped early."),
     ("연속 반감으로 같은 탐색",
      "모든 시행이 6 에폭을 학습하고, 상위 3분의 1이 17 에폭까지, 그중 상위 3분의 1이 50 에폭까지 학습합니다. 에폭의 약 4분의 1만 쓰고도 같은 최고 시행을 찾습니다. 가망 없는 학습률은 일찍 멈춥니다.")),
]

from gui.catalog import DataCatalog
from gui.main_window import default_tab_classes
catalog = DataCatalog()
TABS = {cls.LAB_KEY: cls(catalog=catalog) for cls in default_tab_classes()}


def canonical(lab, config, view):
    """The scene as the lab itself describes it once applied (every control's value, e.g. all six race rows)."""
    tab = TABS[lab]
    tab.apply_scene(Scene(lab=lab, config=config, view=view))
    done = tab.scene()
    return done.config, done.view


scenes = [(lab, *canonical(lab, config, view), fig, en, ko) for lab, config, view, fig, en, ko in scenes]
for tab in TABS.values():
    tab.shutdown()

for lang, title in (("en", "Deep Learning from Scratch, chapter 6: techniques for learning"),
                    ("ko", "밑바닥부터 시작하는 딥러닝 6장: 학습 관련 기술들")):
    out = []
    for lab, config, view, fig, en, ko in scenes:
        t, note = en if lang == "en" else ko
        out.append(Scene(lab=lab, config=config, view=view, title=t, note=note))
    text = dump_lecture(Lecture(title=title, scenes=tuple(out)))
    atomic_write(ROOT / "resources" / "lectures" / f"chapter6_{lang}.json", text)
    print(lang, len(out), len(text))

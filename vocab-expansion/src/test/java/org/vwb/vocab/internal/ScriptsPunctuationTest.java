package org.vwb.vocab.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScriptsPunctuationTest {

    @Test
    void cjkPunctuationExcludesWhatEnglishTextUses() {
        for (int c : "、。，：；！？（）「」【】〜".codePoints().toArray()) {
            assertTrue(Scripts.isCjkPunctuation(c), Character.toString(c));
        }
        for (int c : ".,:;!?()\"'“”‘’—\u3000ＡＺａ０９".codePoints().toArray()) {
            assertFalse(Scripts.isCjkPunctuation(c), Character.toString(c));
        }
    }

    @Test
    void aNewPieceNeedsAnIdeographWhileASymbolMayBePunctuationOrTheSpaceAlone() {
        assertTrue(Scripts.cjkWithPunctuation("文件。", false));
        assertTrue(Scripts.cjkWithPunctuation(" ，如果", false));
        assertFalse(Scripts.cjkWithPunctuation("。，", false));
        assertTrue(Scripts.cjkWithPunctuation("。", true));
        assertTrue(Scripts.cjkWithPunctuation(" ", true));
        assertFalse(Scripts.cjkWithPunctuation(" ", false));
        assertFalse(Scripts.cjkWithPunctuation("", true));
        assertFalse(Scripts.cjkWithPunctuation("文件.", false));
        assertFalse(Scripts.cjkWithPunctuation("  文件", false), "only one leading space");
        assertFalse(Scripts.cjkWithPunctuation("文 件", false));
    }
}

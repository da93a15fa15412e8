package org.migrationdialogue.pipeline.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class ControlCharactersTest {

    @Test
    void shouldEscapeTerminalEscapesLineBreaksAndTheBell() {
        // given a title that would clear the screen, retitle the terminal, ring the bell and forge a line
        String title = "\u001B[2J\u001B]0;owned\u0007Report\r\nINFO fake line";
        // when it is escaped
        String escaped = ControlCharacters.escape(title);
        // then every control character is visible as an escape, and the text around it is kept
        assertEquals("\\u001B[2J\\u001B]0;owned\\u0007Report\\r\\nINFO fake line", escaped);
    }

    @Test
    void shouldEscapeC1ControlsDeleteAndBidirectionalOverrides() {
        // given a key with DEL, a C1 control (CSI), the line separator and a right-to-left override
        String key = "a\u007Fb\u009B31mc\u2028d\u202Egnp.exe";
        // when it is escaped
        // then each of them is escaped
        assertEquals("a\\u007Fb\\u009B31mc\\u2028d\\u202Egnp.exe", ControlCharacters.escape(key));
    }

    @Test
    void shouldLeaveOrdinaryTextTabsAndAccentsAsTheyAre() {
        // given text without control characters (tab, accents, a dash, non-Latin script)
        String text = "Réunion\tthématique – Rabat · الرباط";
        // when it is escaped, then it comes back as it was
        assertSame(text, ControlCharacters.escape(text));
        assertNull(ControlCharacters.escape(null));
    }
}

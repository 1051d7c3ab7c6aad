package org.lede.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProperAdjectivesTest {

    @Test
    void adjectivesMadeFromNamesAreToldApartFromNamesByTheirEnding() {
        assertThat(ProperAdjectives.isProperAdjective("Islamic")).isTrue();
        assertThat(ProperAdjectives.isProperAdjective("Western")).isTrue();
        assertThat(ProperAdjectives.isProperAdjective("Scottish")).isTrue();
        assertThat(ProperAdjectives.isProperAdjective("Japanese")).isTrue();
        assertThat(ProperAdjectives.isProperAdjective("European")).isTrue();
        assertThat(ProperAdjectives.isProperAdjective("Angolan/French/Portuguese")).isTrue();
        assertThat(ProperAdjectives.isProperAdjective("Enron")).isFalse();
        assertThat(ProperAdjectives.isProperAdjective("Nomura")).isFalse();
        assertThat(ProperAdjectives.isProperAdjective("islamic")).as("not capitalised").isFalse();
        assertThat(ProperAdjectives.isProperAdjective("Paris-based")).as("hyphened: the caller's case").isFalse();
    }
}

package dev.benchmem.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {

    @Test
    void numbersInsideIdsCompareByValue() {
        List<String> ids = new ArrayList<>(List.of("sort[500000]", "sort[50000]", "sort[10000]", "sort[200000]",
                "copy", "sort[a-2]", "sort[a-10]", "sort[007]", "sort[7]"));

        ids.sort(NaturalOrder.INSTANCE);

        assertThat(ids).containsExactly("copy", "sort[007]", "sort[7]", "sort[10000]", "sort[50000]",
                "sort[200000]", "sort[500000]", "sort[a-2]", "sort[a-10]");
    }
}

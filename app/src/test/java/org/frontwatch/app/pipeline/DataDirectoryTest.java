package org.frontwatch.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {
    @Test
    void optionWinsOverEnvironment() {
        DataDirectory chosen = DataDirectory.choose(Optional.of(Path.of("/tmp/from-option")),
                Map.of("FRONTWATCH_DATA", "/tmp/from-environment"));
        assertThat(chosen.root()).isEqualTo(Path.of("/tmp/from-option"));
    }

    @Test
    void environmentWinsOverDefault() {
        DataDirectory chosen = DataDirectory.choose(Optional.empty(), Map.of("FRONTWATCH_DATA", "/tmp/from-environment"));
        assertThat(chosen.root()).isEqualTo(Path.of("/tmp/from-environment"));
    }

    @Test
    void defaultsToFrontwatchDataInWorkingDirectory() {
        DataDirectory chosen = DataDirectory.choose(Optional.empty(), Map.of("FRONTWATCH_DATA", "  "));
        assertThat(chosen.root()).isEqualTo(Path.of("frontwatch-data").toAbsolutePath());
        assertThat(chosen.custodyLog()).endsWithRaw(Path.of("frontwatch-data", "custody.log"));
        assertThat(chosen.warcDirectory()).endsWithRaw(Path.of("frontwatch-data", "warc"));
    }
}

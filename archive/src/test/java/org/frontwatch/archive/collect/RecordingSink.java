package org.frontwatch.archive.collect;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.frontwatch.model.BadInputException;
import org.frontwatch.model.Collected;
import org.frontwatch.model.Item;

/** A sink for tests: keeps everything collected and rejected, in order. */
public final class RecordingSink implements CollectSink {
    public final List<Collected> collected = new ArrayList<>();
    public final List<BadInputException> rejected = new ArrayList<>();

    @Override
    public void accept(Collected item) {
        collected.add(item);
    }

    @Override
    public void reject(BadInputException problem) {
        rejected.add(problem);
    }

    public List<Item> items() {
        return collected.stream().map(Collected::item).toList();
    }

    public List<String> messages() {
        return rejected.stream().map(BadInputException::getMessage).toList();
    }

    /** The path of a test resource under {@code /collect/}. */
    public static Path fixture(String name) {
        URL url = RecordingSink.class.getResource("/collect/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource /collect/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(name, e);
        }
    }
}

package org.frontwatch.register.query;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.frontwatch.model.StoreException;

/** English names of Russian and Ukrainian regions by ISO 3166-2 code, from the bundled {@code region-names.tsv}. */
public final class RegionNames {
    private static final String RESOURCE = "region-names.tsv";
    private static final Map<String, String> NAMES = load();

    private RegionNames() {
    }

    /** The English name of {@code code}, or the code itself when it is not a known region. */
    public static String label(String code) {
        return NAMES.getOrDefault(code, code);
    }

    private static Map<String, String> load() {
        Map<String, String> names = new HashMap<>();
        try (InputStream in = RegionNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new StoreException("missing resource " + RESOURCE, null);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length != 2) {
                    throw new StoreException(RESOURCE + " line " + number + ": expected code<TAB>name: " + line, null);
                }
                names.put(fields[0].trim(), fields[1].trim());
            }
        } catch (IOException e) {
            throw new StoreException("cannot read resource " + RESOURCE + ": " + e.getMessage(), e);
        }
        return Map.copyOf(names);
    }
}

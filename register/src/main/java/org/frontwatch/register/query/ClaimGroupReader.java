package org.frontwatch.register.query;

import static org.frontwatch.register.store.JdbcValues.longValue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.frontwatch.register.corroborate.ClaimGroup;
import org.frontwatch.register.store.RowReaders;
import org.frontwatch.register.store.StoredClaim;

/** Reads claim groups with their claims. */
final class ClaimGroupReader {
    private ClaimGroupReader() {
    }

    static List<ClaimGroupView> all(Connection connection) throws SQLException {
        Map<String, ClaimGroup> groups = new LinkedHashMap<>();
        Map<String, List<String>> members = new HashMap<>();
        RegisterQueries.each(connection, "SELECT group_id, claim_id FROM claim_group_members ORDER BY group_id, "
                + "claim_id", List.of(), rows -> members.computeIfAbsent(rows.getString(1), k -> new ArrayList<>())
                .add(rows.getString(2)));
        RegisterQueries.each(connection, "SELECT * FROM claim_groups ORDER BY conflicting DESC, subject, period, id",
                List.of(), rows -> {
                    String id = rows.getString("id");
                    groups.put(id, new ClaimGroup(id, rows.getString("subject"), rows.getString("figure_unit"),
                            rows.getString("figure_per"), rows.getString("period"), longValue(rows, "low"),
                            longValue(rows, "best"), longValue(rows, "high"), rows.getInt("conflicting") != 0,
                            members.getOrDefault(id, List.of())));
                });
        Map<String, StoredClaim> claims = new HashMap<>();
        RegisterQueries.each(connection, "SELECT c.* FROM claims c JOIN claim_group_members m ON m.claim_id = c.id",
                List.of(), rows -> {
                    StoredClaim claim = RowReaders.claim(rows);
                    claims.put(claim.id(), claim);
                });
        List<ClaimGroupView> views = new ArrayList<>(groups.size());
        for (ClaimGroup group : groups.values()) {
            List<StoredClaim> groupClaims = group.claimIds().stream().filter(claims::containsKey).map(claims::get)
                    .toList();
            TreeSet<String> claimants = new TreeSet<>();
            groupClaims.forEach(c -> c.claim().claimant().ifPresent(claimants::add));
            views.add(new ClaimGroupView(group, groupClaims, List.copyOf(claimants)));
        }
        return views;
    }
}

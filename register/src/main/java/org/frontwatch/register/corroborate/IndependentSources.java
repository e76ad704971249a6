package org.frontwatch.register.corroborate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts the independent sources among the items of one incident. Two items count once when they are
 * near-duplicates (one cluster: two channels reprinting one text count once), or come from the same channel —
 * a Telegram forward counts as its original's channel, so a forward chain counts once.
 */
final class IndependentSources {
    private IndependentSources() {
    }

    static int count(Set<Integer> itemIndexes, List<ItemFacts> items) {
        Integer[] members = itemIndexes.toArray(Integer[]::new);
        UnionFind sets = new UnionFind(members.length);
        for (int i = 0; i < members.length; i++) {
            sets.add();
        }
        Map<String, Integer> byChannel = new HashMap<>();
        Map<Integer, Integer> byCluster = new HashMap<>();
        for (int i = 0; i < members.length; i++) {
            ItemFacts item = items.get(members[i]);
            String channel = NearDuplicateDetector.channel(item.forwardedFrom().orElse(item.source()));
            Integer sameChannel = byChannel.putIfAbsent(channel, i);
            if (sameChannel != null) {
                sets.union(sameChannel, i);
            }
            Integer sameCluster = byCluster.putIfAbsent(item.cluster(), i);
            if (sameCluster != null) {
                sets.union(sameCluster, i);
            }
        }
        int roots = 0;
        for (int i = 0; i < members.length; i++) {
            if (sets.find(i) == i) {
                roots++;
            }
        }
        return roots;
    }
}

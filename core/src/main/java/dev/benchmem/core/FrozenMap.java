package dev.benchmem.core;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An unmodifiable map in insertion order that owns its entries: what the records hold. A map
 * already frozen is not copied again, and the reader hands over the maps it built without a
 * copy (a run of 10,000 benchmarks holds 30,000 of them).
 */
final class FrozenMap<K, V> extends AbstractMap<K, V> {

    private final Map<K, V> map;
    /** Made on first iteration: most maps are only looked into. */
    private Set<Entry<K, V>> entries;

    private FrozenMap(Map<K, V> owned) {
        this.map = owned;
    }

    /** {@code map} frozen: itself when it already is, else an ordered copy; empty for null. */
    static <K, V> Map<K, V> of(Map<K, V> map) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        return map instanceof FrozenMap ? map : new FrozenMap<>(new LinkedHashMap<>(map));
    }

    /** Takes over {@code map}, which its caller built and no longer touches, without a copy. */
    static <K, V> Map<K, V> owning(LinkedHashMap<K, V> map) {
        return map.isEmpty() ? Map.of() : new FrozenMap<>(map);
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        if (entries == null) {
            entries = Collections.unmodifiableMap(map).entrySet();
        }
        return entries;
    }

    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
        map.forEach(action);
    }

    @Override
    public V get(Object key) {
        return map.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return map.containsKey(key);
    }

    @Override
    public int size() {
        return map.size();
    }
}

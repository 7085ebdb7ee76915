package org.parley.nlp;

import edu.emory.mathcs.nlp.component.template.OnlineComponent;
import edu.emory.mathcs.nlp.component.template.feature.FeatureTemplate;
import edu.emory.mathcs.nlp.learning.util.FeatureMap;
import it.unimi.dsi.fastutil.objects.AbstractObject2IntMap;
import it.unimi.dsi.fastutil.objects.AbstractObjectSet;
import it.unimi.dsi.fastutil.objects.Object2IntMap;
import it.unimi.dsi.fastutil.objects.ObjectIterator;
import it.unimi.dsi.fastutil.objects.ObjectIterators;
import it.unimi.dsi.fastutil.objects.ObjectSet;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * Swaps an NLP4J model's feature maps (feature string to feature index) for flat read-only ones
 * ({@link Nlp4jStringTable}). NLP4J's {@code FeatureMap.index} asks its fastutil maps for {@code getOrDefault(feature,
 * -1)}, which fastutil 7 answers with {@code containsKey} and then {@code getInt}: two hash lookups per feature, a fifth
 * of the ingest's CPU in a profile (most features of a sentence are not in the model, and a string's lookup misses the
 * cache); the flat map answers with one, and it is written and read as a few primitive arrays instead of a million
 * strings. Every feature keeps its index, so scores and trees are the same, bit for bit. Done once, by the build step
 * that compacts the models ({@link Nlp4jModelCompactor}); the map field is not public, so it is read by reflection.
 */
final class Nlp4jFeatureIndex {

    private Nlp4jFeatureIndex() {
    }

    /** Replaces the feature maps of {@code component} in place; returns how many feature strings they hold. */
    static int useFlatMaps(OnlineComponent<?, ?> component) {
        return useFlatMaps(featureMap(component.getFeatureTemplate()));
    }

    /** Replaces the maps of {@code features} in place; returns how many feature strings they hold. */
    static int useFlatMaps(FeatureMap features) {
        List<Object2IntMap<String>> maps = features.getIndexMaps();
        int keys = 0;
        for (int i = 0; i < maps.size(); i++) {
            maps.set(i, new FlatMap(maps.get(i)));
            keys += maps.get(i).size();
        }
        return keys;
    }

    private static FeatureMap featureMap(FeatureTemplate<?, ?> template) {
        try {
            Field field = FeatureTemplate.class.getDeclaredField("feature_map");
            field.setAccessible(true);
            return (FeatureMap) field.get(template);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("NLP4J's FeatureTemplate has no readable feature_map field: " + e, e);
        }
    }

    /** A read-only feature map over a string table holding each feature's index; one lookup per call. */
    static final class FlatMap extends AbstractObject2IntMap<String> {

        private static final long serialVersionUID = 2L;

        private final Nlp4jStringTable keys;

        FlatMap(Object2IntMap<String> map) {
            List<String> strings = new ArrayList<>(map.keySet());
            int[] values = new int[strings.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = map.getInt(strings.get(i));
            }
            keys = Nlp4jStringTable.of(strings, values);
            defaultReturnValue(map.defaultReturnValue());
        }

        @Override
        public int getInt(Object key) {
            int value = keys.get(key);
            return value < 0 ? defRetValue : value;
        }

        @Override
        public Integer getOrDefault(Object key, Integer defaultValue) {
            int value = keys.get(key);
            return value < 0 ? defaultValue : Integer.valueOf(value);
        }

        @Override
        public boolean containsKey(Object key) {
            return keys.get(key) >= 0;
        }

        @Override
        public int size() {
            return keys.size();
        }

        @Override
        public ObjectSet<Entry<String>> object2IntEntrySet() {
            return new AbstractObjectSet<>() {
                @Override
                public ObjectIterator<Entry<String>> iterator() {
                    List<Entry<String>> entries = new ArrayList<>(keys.size());
                    keys.forEach((key, value) -> entries.add(new BasicEntry<>(key, value)));
                    return ObjectIterators.asObjectIterator(entries.iterator());
                }

                @Override
                public int size() {
                    return keys.size();
                }
            };
        }
    }
}

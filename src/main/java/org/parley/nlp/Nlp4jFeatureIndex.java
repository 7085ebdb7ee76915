package org.parley.nlp;

import edu.emory.mathcs.nlp.component.template.OnlineComponent;
import edu.emory.mathcs.nlp.component.template.feature.FeatureTemplate;
import edu.emory.mathcs.nlp.learning.util.FeatureMap;
import it.unimi.dsi.fastutil.objects.Object2IntMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.lang.reflect.Field;
import java.util.List;

/**
 * Makes an NLP4J model look each feature string up once instead of twice. NLP4J's {@code FeatureMap.index} asks its
 * fastutil maps for {@code getOrDefault(feature, -1)}, which fastutil 7 answers with {@code containsKey} and then
 * {@code getInt}: two hash lookups per feature, a fifth of the ingest's CPU in a profile (most features of a
 * sentence are not in the model, and a string's lookup misses the cache). The maps are replaced by copies answering
 * with one lookup; every feature keeps its index, so scores and trees are the same, bit for bit. Done once, when
 * the models load; the map field is not public, so it is read by reflection.
 */
final class Nlp4jFeatureIndex {

    private Nlp4jFeatureIndex() {
    }

    /** Replaces the feature maps of {@code component} in place; returns how many feature strings they hold. */
    static int useSingleLookup(OnlineComponent<?, ?> component) {
        return useSingleLookup(featureMap(component.getFeatureTemplate()));
    }

    /** Replaces the maps of {@code features} in place; returns how many feature strings they hold. */
    static int useSingleLookup(FeatureMap features) {
        List<Object2IntMap<String>> maps = features.getIndexMaps();
        int keys = 0;
        for (int i = 0; i < maps.size(); i++) {
            maps.set(i, new SingleLookupMap(maps.get(i)));
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

    /** A feature map whose boxed {@code getOrDefault} is one {@code getInt}. */
    static final class SingleLookupMap extends Object2IntOpenHashMap<String> {

        private static final long serialVersionUID = 1L;
        /** Returned by {@code getInt} for a missing key; feature indexes are never negative. */
        private static final int ABSENT = Integer.MIN_VALUE;

        SingleLookupMap(Object2IntMap<String> map) {
            super(map);
            defaultReturnValue(ABSENT);
        }

        @Override
        public Integer getOrDefault(Object key, Integer defaultValue) {
            int index = getInt(key);
            return index == ABSENT ? defaultValue : Integer.valueOf(index);
        }
    }
}

package nl.stemwerk.knowledge.search;

import nl.stemwerk.knowledge.Samples;

/** An in-memory index over the sample content. */
final class SampleIndex {

    private SampleIndex() {
    }

    static KnowledgeIndex create() {
        KnowledgeIndex index = KnowledgeIndex.inMemory();
        index.replaceContent(Samples.knowledgeBase());
        return index;
    }
}

package nl.stemwerk.app.knowledge.content;

import java.time.Instant;

/**
 * One revision of a content file as stored.
 *
 * @param path     below the content root, e.g. {@code articles/stempas/GR2026.md}
 * @param revision 1 for the first save, one higher for every save after it
 * @param text     the whole file; {@code null} when this revision removed the file
 * @param savedBy  who saved it ("systeem" for the seed content)
 * @param savedAt  when
 */
public record StoredFile(String path, int revision, String text, String savedBy, Instant savedAt) {

    public boolean removed() {
        return text == null;
    }
}

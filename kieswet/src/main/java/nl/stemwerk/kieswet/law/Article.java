package nl.stemwerk.kieswet.law;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class or method that carries a rule of law, so that a reader (and a test) can go from the article to
 * the code and back. The Javadoc of the element carries the dated link.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Repeatable(Article.List.class)
public @interface Article {
    /** The law, by default the Kieswet. */
    Law law() default Law.KIESWET;

    /** The article as the law numbers it, e.g. {@code "P 9"}. */
    String value();

    /** The date of the consolidated text that was read, {@code yyyy-mm-dd}. */
    String version() default "2026-01-01";

    /** Several articles on one element. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @interface List {
        Article[] value();
    }
}

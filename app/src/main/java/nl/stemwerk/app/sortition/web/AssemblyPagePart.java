package nl.stemwerk.app.sortition.web;

import org.springframework.ui.Model;

/**
 * A part of a burgerberaad's overview page that another package of the feature adds (the background run, the
 * fairness chart), so this package does not depend on them.
 */
public interface AssemblyPagePart {
    /** Adds this part's model attributes for the assembly's overview page. */
    void addTo(StoredAssembly assembly, Model model);
}

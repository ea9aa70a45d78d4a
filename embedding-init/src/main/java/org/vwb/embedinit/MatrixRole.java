package org.vwb.embedinit;

/// Which of the model's vocabulary-sized matrices a row belongs to.
public enum MatrixRole {
    /// The input embedding (`embed_tokens`, `word_embeddings`); for a tied model also the head.
    INPUT,
    /// The untied output matrix (`lm_head`), whose rows are initialised from the base's output rows.
    OUTPUT;

    /// The lower-case name used in CSV files and reports (`input`, `output`).
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

"""One module per document family; each exposes FAMILY, DOCUMENT_TYPE and build(rng) -> Built."""

"""Rich-text features shared by guide, routine and listing pages."""

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "document-link"]

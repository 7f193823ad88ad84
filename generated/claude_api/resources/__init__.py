"""Resources of the client."""

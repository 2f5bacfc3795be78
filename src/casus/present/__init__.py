"""Presenting answers: JSON documents (one serializer per schema), text for terminals, words in English and Hindi."""

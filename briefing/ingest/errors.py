"""The one error every reader raises for input it cannot use."""


class IngestError(Exception):
    """An article could not be read; the message is one sentence a person can act on."""

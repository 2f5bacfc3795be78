"""What the record files share (``data/actors.yaml``, ``data/invocations.yaml``): strict models, and a cited
publication as the files write it and as casus holds it."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict

from ..model.actors import PublishedSource

__all__ = ["Strict", "SourceEntry"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SourceEntry(Strict):
    id: str
    title: str
    publisher: str | None = None
    url: str | None = None
    accessed: str | dt.date | None = None

    def held(self) -> PublishedSource:
        return PublishedSource(self.id, self.title, self.publisher, self.url,
                               str(self.accessed) if self.accessed else None)

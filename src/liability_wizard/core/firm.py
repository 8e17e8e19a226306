"""The law firm's letterhead and signature details (律师事务所信息), used by the letter."""

from typing import Any, NamedTuple, Self


class FirmProfile(NamedTuple):
    name: str = ""  # 律师事务所名称
    address: str = ""
    phone: str = ""
    lawyer: str = ""  # 承办律师
    lawyer_licence: str = ""  # 执业证号
    second_lawyer: str = ""  # a second signing lawyer, as many firms require two; empty for one
    second_lawyer_licence: str = ""
    postcode: str = ""  # 邮编
    email: str = ""  # 电子邮箱
    logo_path: str = ""  # an image file the user chose; empty for none

    def to_json_dict(self) -> dict[str, str]:
        return self._asdict()

    @classmethod
    def from_json_dict(cls, data: dict[str, Any]) -> Self:
        """Unknown keys are ignored and non-text values dropped, so an old settings file still loads."""
        return cls(**{k: v for k, v in data.items() if k in cls._fields and isinstance(v, str)})

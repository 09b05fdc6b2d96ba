from pathlib import Path

import pytest

from digest.config import ConfigError, load_settings, settings_help

DOCS = Path(__file__).resolve().parents[1] / "docs" / "configuration.md"


def test_a_bad_value_fails_naming_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIGEST_TRANSPORT", "carrier-pigeon")
    with pytest.raises(ConfigError, match="DIGEST_TRANSPORT"):
        load_settings()


@pytest.mark.parametrize("seconds", ["10", "-1"])
def test_a_heartbeat_timeout_shorter_than_the_worker_beats_is_refused(
        monkeypatch: pytest.MonkeyPatch, seconds: str) -> None:
    monkeypatch.setenv("DIGEST_WORKER_HEARTBEAT_TIMEOUT", seconds)
    with pytest.raises(ConfigError, match="DIGEST_WORKER_HEARTBEAT_TIMEOUT"):
        load_settings()
    monkeypatch.setenv("DIGEST_WORKER_HEARTBEAT_TIMEOUT", "0")  # off is allowed
    assert load_settings().worker_heartbeat_timeout == 0


def test_secrets_are_masked_when_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SENDGRID_API_KEY", "SG.very-secret")
    monkeypatch.setenv("DIGEST_DATABASE_URL", "postgresql://app:hunter2@db.example.org/digest")
    shown = load_settings().masked()
    assert shown["SENDGRID_API_KEY"] == "********"
    assert "hunter2" not in str(shown)


def test_the_secret_key_is_generated_once_into_the_data_dir(tmp_path: Path) -> None:
    first = load_settings(data_dir=tmp_path).ensure_secret_key()
    assert len(first) > 40
    assert load_settings(data_dir=tmp_path).ensure_secret_key() == first


def test_every_setting_is_documented() -> None:
    documented = DOCS.read_text()
    for variable, _default, _help in settings_help():
        assert f"`{variable}`" in documented

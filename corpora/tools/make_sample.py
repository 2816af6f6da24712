#!/usr/bin/env python3
"""Regenerates corpora/sample/ (the bundled Maison Lumen corpus) byte for byte.

Usage: python3 corpora/tools/make_sample.py [OUT_DIR]   (default: corpora/sample next to this folder)
Everything is invented: names, addresses (example.* domains only), orders and phone numbers.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from make_sample_chats import chat_files  # noqa: E402
from make_sample_emails import eml_files, mbox_bytes  # noqa: E402
from make_sample_people import people_chat_files, people_eml_files, people_survey_files  # noqa: E402
from make_sample_reviews import review_files  # noqa: E402
from make_sample_surveys import survey_files  # noqa: E402

CONFIG = """# Verbatim configuration for the Maison Lumen sample corpus.
# Format: UTF-8 TSV, one `key<TAB>value` per line after the header row; lines starting with # are comments.
# Keys (each may repeat): company_domain (a sender there is an agent), agent_name and bot_name (chat speaker
# names or prefixes that are not customers; full display names here, since customers may share a first name
# with an agent). Identity evidence (issue 18): phone_country (once: the calling code whose national numbers,
# 06 12 34 56 78, are read as phones; 33 France, 32, 41, 44; not set here, where 06 12 34 56 78 is a placeholder
# many customers share) and order_pattern (a regular expression for the shop's order numbers, may repeat; without
# one, two or three capitals and 5-10 digits, such as ML-48213, are order numbers).
key\tvalue
company_domain\tlumen-shop.example
agent_name\tSophie (Maison Lumen)
agent_name\tConseiller Marc
agent_name\tAgent Tom
bot_name\tLumi (assistant virtuel)
"""


def write(root, sub, files):
    d = os.path.join(root, sub)
    os.makedirs(d, exist_ok=True)
    for name, data in sorted(files.items()):
        with open(os.path.join(d, name), "wb") as f:
            f.write(data)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "sample")
    write(root, "emails", eml_files())
    write(root, "emails", {"support.mbox": mbox_bytes()})
    write(root, "chats", chat_files())
    write(root, "reviews", review_files())
    write(root, "surveys", survey_files())
    # Cross-channel customers (issue 18), in files of their own.
    write(root, "emails", people_eml_files())
    write(root, "chats", people_chat_files())
    write(root, "surveys", people_survey_files())
    with open(os.path.join(root, "verbatim-config.tsv"), "w", encoding="utf-8") as f:
        f.write(CONFIG)


if __name__ == "__main__":
    main()

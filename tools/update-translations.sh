#!/bin/sh
# Refreshes translations/*.ts from the sources (new strings appear as unfinished).
# Translate them with Qt Linguist (linguist-qt6) or any editor, then rebuild.
# English is the source language: its file carries only the plural forms.
set -eu
cd "$(dirname "$0")/.."
LUPDATE=$(command -v lupdate-qt6 || echo /usr/lib/qt6/bin/lupdate)
for lang in vi ja; do
    "$LUPDATE" -locations none -no-obsolete -source-language en -target-language "$lang" \
        app modules -ts "translations/ioc_$lang.ts"
done
"$LUPDATE" -locations none -no-obsolete -pluralonly -source-language en -target-language en \
    app modules -ts translations/ioc_en.ts

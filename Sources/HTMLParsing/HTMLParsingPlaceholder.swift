enum HTMLParsingPlaceholder {}

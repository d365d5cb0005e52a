"""Text -> frozen typed data, no sympy: find a spec (paths), read its YAML (source), merge its `extends:`
chain (extends), validate it against its JSON Schema (schema), parse it (parse, types) and check what it
means (checks); read Hugging Face config.json files (hf); index what the search path holds (index).
`load` runs these steps in order."""

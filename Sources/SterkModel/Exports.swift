// The model re-exports the text-safety module: `import SterkModel` keeps seeing `ControlCharacters`.
@_exported import SterkText

/**
 * The screen tests stand in for a person at a terminal. ink reads `CI` / `CONTINUOUS_INTEGRATION`
 * once, when first imported, and under CI draws nothing until it exits, so a CI machine would
 * see empty frames. drift tui itself drops these variables before it loads ink (it has checked
 * that it has a terminal); the tests do the same before any test file is imported.
 */
delete process.env['CI'];
delete process.env['CONTINUOUS_INTEGRATION'];

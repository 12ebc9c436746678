// Shared modules are initialised asynchronously, so everything else starts behind this import.
import('./bootstrap').catch((err: Error) => {
  document.body.textContent = `The preview host failed to start: ${err.message}`;
});

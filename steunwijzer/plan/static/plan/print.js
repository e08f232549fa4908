// Shows the "Print dit plan" button (hidden without JavaScript) and prints on click.
document.querySelectorAll("[data-print]").forEach((button) => {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
});

// A printed plan shows everything: the folded parts open before printing.
window.addEventListener("beforeprint", () => {
  document.querySelectorAll(".plan-fold, .plan-why").forEach((details) => {
    details.open = true;
  });
});

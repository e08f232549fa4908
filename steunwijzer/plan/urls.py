from django.urls import path

from . import views

app_name = "plan"
urlpatterns = [
    path("", views.wizard_step, name="wizard"),
    path("advies/", views.advice, name="advice"),
    path("advies.pdf", views.advice_pdf, name="advice_pdf"),
    path("advies/<slug:slug>/", views.advice_item, name="advice_item"),
]

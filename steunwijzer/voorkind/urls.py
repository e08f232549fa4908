from django.urls import path

from . import views

app_name = "voorkind"
urlpatterns = [
    path("bezoek/", views.visit_form, name="visit"),
    path("bezoek/boekje/", views.booklet, name="booklet"),
    path("bezoek/boekje.pdf", views.booklet_pdf, name="booklet_pdf"),
    path("voor-kinderen/", views.child_index, name="child_index"),
    path("voor-kinderen/<slug:slug>/", views.child_page, name="child_page"),
    path("hulp/", views.help_page, name="help"),
]

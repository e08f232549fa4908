from django.urls import path

from . import views

app_name = "content"
urlpatterns = [
    path("", views.home, name="home"),
    path("thema/", views.themes, name="themes"),
    path("thema/<slug:slug>/", views.theme, name="theme"),
    path("voor/<slug:role>/", views.role, name="role"),
    path("cijfers/", views.figures, name="figures"),
    path("hulpbronnen/", views.resources, name="resources"),
    path("bronnen/", views.sources, name="sources"),
]

from django.urls import path

from . import views

app_name = "core"
urlpatterns = [
    path("over/", views.about, name="about"),
    path("privacy/", views.page, {"template": "core/privacy.html"}, name="privacy"),
    path(
        "toegankelijkheid/",
        views.page,
        {"template": "core/toegankelijkheid.html"},
        name="accessibility",
    ),
    path("healthz", views.healthz, name="healthz"),
]

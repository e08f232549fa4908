from django.urls import path

from . import views

app_name = "netwerkkaart"
urlpatterns = [
    path("", views.map_page, name="map"),
    path("netwerkkaart.json", views.download, name="export"),
    path("openen/", views.open_file, name="import"),
    path("netwerkkaart.pdf", views.pdf, name="pdf"),
]

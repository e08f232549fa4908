"""URL map. Public URLs are a contract (PRODUCT.md); keep them stable."""

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("", include("steunwijzer.content.urls")),
    path("", include("steunwijzer.core.urls")),
    path("steunplan/", include("steunwijzer.plan.urls")),
    path("netwerkkaart/", include("steunwijzer.netwerkkaart.urls")),
    path("zoeken/", include("steunwijzer.search.urls")),
    path("", include("steunwijzer.voorkind.urls")),
    path("admin/", admin.site.urls),
]

handler400 = "steunwijzer.core.views.bad_request"
handler403 = "steunwijzer.core.views.permission_denied"
handler404 = "steunwijzer.core.views.page_not_found"
handler500 = "steunwijzer.core.views.server_error"
